#include "eval/metrics.h"

#include <gtest/gtest.h>

#include "eval/common.h"

namespace sitrep::eval {
namespace {

TEST(CountsTest, PrecisionRecallF1) {
  Counts c{2, 1, 2};
  EXPECT_DOUBLE_EQ(c.Precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(c.F1(), 4.0 / 7.0);
  const Json j = c.ToJson();
  EXPECT_EQ(j["tp"], 2);
  EXPECT_DOUBLE_EQ(j["f1"].get<double>(), 4.0 / 7.0);
}

TEST(CountsTest, EmptyIsZeroNotNan) {
  Counts c;
  EXPECT_EQ(c.Precision(), 0.0);
  EXPECT_EQ(c.Recall(), 0.0);
  EXPECT_EQ(c.F1(), 0.0);
  c += Counts{1, 0, 0};
  EXPECT_EQ(c.F1(), 1.0);
}

TEST(GreedyMatchTest, OneToOneByCost) {
  // Gold 0 is closest to prediction 0, but prediction 0 is even closer to gold 1.
  const auto pairs = GreedyMatch({{0, 0, 5.0}, {1, 0, 1.0}, {0, 1, 7.0}, {1, 1, 9.0}});
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0], std::make_pair(1, 0));
  EXPECT_EQ(pairs[1], std::make_pair(0, 1));
}

TEST(GreedyMatchTest, LeavesTheRestUnmatched) {
  const auto pairs = GreedyMatch({{0, 0, 1.0}, {0, 1, 2.0}});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0], std::make_pair(0, 0));
}

TEST(HaversineTest, KyivToKharkiv) {
  const double km = HaversineKm(50.4501, 30.5234, 49.9935, 36.2304);
  EXPECT_GT(km, 405);
  EXPECT_LT(km, 415);
  EXPECT_NEAR(HaversineKm(10, 20, 10, 20), 0.0, 1e-9);
  EXPECT_NEAR(HaversineKm(0, 0, 0, 180), kMaxErrorKm, 30);
}

TEST(MedianTest, OddEvenEmpty) {
  EXPECT_EQ(Median({3, 1, 2}), 2);
  EXPECT_EQ(Median({4, 1, 2, 3}), 2.5);
  EXPECT_EQ(Median({}), 0);
}

TEST(ErrorCurveTest, Bounds) {
  EXPECT_DOUBLE_EQ(ErrorCurveAuc({0, 0, 0}), 0.0);
  EXPECT_NEAR(ErrorCurveAuc({kMaxErrorKm, kMaxErrorKm}), 1.0, 1e-4);
  // Two errors, 0 and e-1 km: the trapezoid gives (0 + 1) / 2 / ln(20039).
  EXPECT_NEAR(ErrorCurveAuc({0, std::exp(1.0) - 1}), 0.5 / std::log(kMaxErrorKm), 1e-9);
  EXPECT_EQ(ErrorCurveAuc({}), 0.0);
}

TEST(AccuracyAtTest, Share) {
  EXPECT_DOUBLE_EQ(AccuracyAt({10, 100, 200, 5000}, 161), 0.5);
  EXPECT_DOUBLE_EQ(AccuracyAt({10, 100, 200, 5000}, 25), 0.25);
}

TEST(ClipTest, NeverCutsACharacterAtEitherEnd) {
  // "ž" is two bytes: a window opening on its second byte starts at the next character, and a
  // limit inside a character ends before it.
  const std::string text = "\xC5\xBE" "abc" "\xC5\xBE";
  EXPECT_EQ(Clip(std::string_view(text).substr(1), 100), "abc" "\xC5\xBE");
  EXPECT_EQ(Clip(text, 6), "\xC5\xBE" "abc…");
  const Json j = {{"text", Clip(std::string_view(text).substr(1), 4)}};
  EXPECT_NO_THROW(j.dump());
}

}  // namespace
}  // namespace sitrep::eval
