// Counting and scoring primitives shared by every benchmark scorer: P/R/F1, greedy one-to-one
// matching, great-circle distance and the geocoding error curve.
#ifndef SITREP_EVAL_METRICS_H_
#define SITREP_EVAL_METRICS_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace sitrep::eval {

using Json = nlohmann::ordered_json;

// A proportion: how many of the cases counted hit.
struct Share {
  long long hits = 0;
  long long total = 0;
  void Add(bool hit) {
    ++total;
    if (hit) ++hits;
  }
  double Value() const { return total == 0 ? 0.0 : static_cast<double>(hits) / total; }
};

// True positives, false positives and false negatives of one measurement.
struct Counts {
  long long tp = 0;
  long long fp = 0;
  long long fn = 0;

  // Zero when the denominator is zero (nothing predicted / nothing to find).
  double Precision() const;
  double Recall() const;
  double F1() const;
  Counts& operator+=(const Counts& other);
  // {"tp","fp","fn","precision","recall","f1"}; the table printer recognises the shape.
  Json ToJson() const;
};

// One candidate pairing of gold item `gold` with predicted item `predicted`; lower cost first.
struct Candidate {
  int gold = 0;
  int predicted = 0;
  double cost = 0;
};

// Greedy one-to-one matching: candidates in increasing cost (ties: gold, then predicted index),
// each accepted when neither side is taken yet. Returns (gold, predicted) pairs.
std::vector<std::pair<int, int>> GreedyMatch(std::vector<Candidate> candidates);

// Great-circle distance in km (mean Earth radius 6371 km).
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

// Median of the values (mean of the two middle ones for an even count); 0 for none.
double Median(std::vector<double> values);

// The largest error possible on Earth (half the circumference), km.
inline constexpr double kMaxErrorKm = 20039.0;

// Area under the log-scaled error curve (Gritta et al.): errors sorted, each mapped to
// ln(1 + km), integrated with the trapezoid rule over [0, 1] and divided by ln(20039).
// 0 = every toponym exact; 1 = every one on the far side of the Earth. 0 for no errors.
double ErrorCurveAuc(std::vector<double> errors_km);

// Share of errors at most `km` (0 for none).
double AccuracyAt(const std::vector<double>& errors_km, double km);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_METRICS_H_
