// Runs a function over a stream of items on N threads and hands the results back in input
// order, holding at most `window` items in flight: a huge batch streams in bounded memory, and
// the output is the same whatever N.
#ifndef SITREP_IO_ORDERED_MAP_H_
#define SITREP_IO_ORDERED_MAP_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace sitrep::io {

// Calls `next()` (on the calling thread) until it returns nullopt; runs `work(item)` on up to
// `threads` worker threads; calls `emit(result)` on the calling thread, in the order `next`
// produced the items. `work` must be safe to run concurrently and must not throw. With threads
// <= 1 everything runs on the calling thread.
template <typename In, typename Out, typename Next, typename Work, typename Emit>
void OrderedParallelMap(std::size_t threads, std::size_t window, Next next, Work work, Emit emit) {
  if (threads <= 1) {
    while (std::optional<In> item = next()) {
      Out result = work(*item);
      emit(result);
    }
    return;
  }
  window = std::max(window, threads);

  struct Slot {
    std::optional<In> input;
    std::optional<Out> output;
  };
  std::mutex mutex;
  std::condition_variable work_ready;           // workers wait for a queued slot (or the end)
  std::condition_variable slot_done;            // the caller waits for the oldest slot
  std::deque<std::shared_ptr<Slot>> in_flight;  // input order; the caller's view
  std::deque<std::shared_ptr<Slot>> queue;      // not yet taken by a worker
  bool finished = false;

  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (;;) {
        std::shared_ptr<Slot> slot;
        {
          std::unique_lock lock(mutex);
          work_ready.wait(lock, [&] { return finished || !queue.empty(); });
          if (queue.empty()) return;
          slot = std::move(queue.front());
          queue.pop_front();
        }
        Out result = work(*slot->input);
        {
          std::lock_guard lock(mutex);
          slot->input.reset();  // free the input as soon as it is done with
          slot->output.emplace(std::move(result));
        }
        slot_done.notify_all();
      }
    });
  }

  bool exhausted = false;
  for (;;) {
    // Fill the window; reading happens here, outside the lock.
    while (!exhausted && in_flight.size() < window) {
      std::optional<In> item = next();
      if (!item) {
        exhausted = true;
        break;
      }
      auto slot = std::make_shared<Slot>();
      slot->input.emplace(std::move(*item));
      {
        std::lock_guard lock(mutex);
        queue.push_back(slot);
      }
      in_flight.push_back(std::move(slot));
      work_ready.notify_one();
    }
    if (in_flight.empty()) break;
    std::shared_ptr<Slot> oldest = in_flight.front();
    {
      std::unique_lock lock(mutex);
      slot_done.wait(lock, [&] { return oldest->output.has_value(); });
    }
    in_flight.pop_front();
    emit(*oldest->output);
  }

  {
    std::lock_guard lock(mutex);
    finished = true;
  }
  work_ready.notify_all();
  for (std::thread& worker : workers) worker.join();
}

}  // namespace sitrep::io

#endif  // SITREP_IO_ORDERED_MAP_H_
