#include "io/ordered_map.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

namespace sitrep::io {
namespace {

// Items finish out of order (later ones faster); the results must still come back in order.
std::vector<int> RunSquares(std::size_t threads, std::size_t window, int count,
                            std::size_t* max_in_flight = nullptr) {
  int next = 0;
  std::vector<int> emitted;
  std::atomic<std::size_t> started{0};
  OrderedParallelMap<int, int>(
      threads, window,
      [&]() -> std::optional<int> {
        if (next == count) return std::nullopt;
        return next++;
      },
      [&](int& item) {
        ++started;
        std::this_thread::sleep_for(std::chrono::microseconds((count - item) % 7 * 200));
        return item * item;
      },
      [&](int& result) {
        if (max_in_flight != nullptr) {
          *max_in_flight =
              std::max(*max_in_flight, static_cast<std::size_t>(next) - emitted.size());
        }
        emitted.push_back(result);
      });
  return emitted;
}

TEST(OrderedParallelMapTest, KeepsInputOrderWhateverTheThreads) {
  const std::vector<int> serial = RunSquares(1, 1, 200);
  ASSERT_EQ(serial.size(), 200u);
  EXPECT_EQ(serial[13], 169);
  for (std::size_t threads : {2u, 3u, 8u}) {
    EXPECT_EQ(RunSquares(threads, 4 * threads, 200), serial) << threads << " threads";
  }
}

TEST(OrderedParallelMapTest, ReadsAheadAtMostTheWindow) {
  std::size_t max_in_flight = 0;
  RunSquares(4, 6, 100, &max_in_flight);
  EXPECT_LE(max_in_flight, 6u);
  EXPECT_GE(max_in_flight, 2u);
}

TEST(OrderedParallelMapTest, HandlesAnEmptyStream) {
  EXPECT_TRUE(RunSquares(4, 8, 0).empty());
  EXPECT_TRUE(RunSquares(1, 1, 0).empty());
}

}  // namespace
}  // namespace sitrep::io
