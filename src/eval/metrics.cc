#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "gazetteer/gazetteer.h"

namespace sitrep::eval {

double Counts::Precision() const {
  return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}

double Counts::Recall() const {
  return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}

double Counts::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

Json Counts::ToJson() const {
  return Json{{"tp", tp},           {"fp", fp},  {"fn", fn}, {"precision", Precision()},
              {"recall", Recall()}, {"f1", F1()}};
}

std::vector<std::pair<int, int>> GreedyMatch(std::vector<Candidate> candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.cost != b.cost) return a.cost < b.cost;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.predicted < b.predicted;
  });
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> gold_taken;
  std::vector<int> predicted_taken;
  for (const Candidate& c : candidates) {
    if (std::find(gold_taken.begin(), gold_taken.end(), c.gold) != gold_taken.end()) continue;
    if (std::find(predicted_taken.begin(), predicted_taken.end(), c.predicted) !=
        predicted_taken.end()) {
      continue;
    }
    gold_taken.push_back(c.gold);
    predicted_taken.push_back(c.predicted);
    pairs.emplace_back(c.gold, c.predicted);
  }
  return pairs;
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  return gazetteer::DistanceKm(lat1, lon1, lat2, lon2);
}

double Median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double ErrorCurveAuc(std::vector<double> errors_km) {
  if (errors_km.empty()) return 0.0;
  std::sort(errors_km.begin(), errors_km.end());
  const double scale = std::log(kMaxErrorKm);
  if (errors_km.size() == 1) return std::log1p(std::min(errors_km[0], kMaxErrorKm)) / scale;
  double area = 0;
  for (std::size_t i = 1; i < errors_km.size(); ++i) {
    area += (std::log1p(std::min(errors_km[i - 1], kMaxErrorKm)) +
             std::log1p(std::min(errors_km[i], kMaxErrorKm))) /
            2;
  }
  return area / static_cast<double>(errors_km.size() - 1) / scale;
}

double AccuracyAt(const std::vector<double>& errors_km, double km) {
  if (errors_km.empty()) return 0.0;
  const auto within =
      std::count_if(errors_km.begin(), errors_km.end(), [km](double e) { return e <= km; });
  return static_cast<double>(within) / static_cast<double>(errors_km.size());
}

}  // namespace sitrep::eval
