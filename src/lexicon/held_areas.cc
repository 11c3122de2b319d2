#include "lexicon/held_areas.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>

#include "lexicon/tsv.h"

namespace sitrep::lexicon {

namespace {

constexpr double kKmPerDegree = 111.195;

// The number `s` holds whole, or nothing.
std::optional<double> ParseNumber(std::string_view s) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

bool HeldArea::Inside(double lat, double lon) const {
  bool in = false;
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
    const auto [ya, xa] = outline[i];
    const auto [yb, xb] = outline[j];
    if ((ya > lat) != (yb > lat) && lon < (xb - xa) * (lat - ya) / (yb - ya) + xa) in = !in;
  }
  return in;
}

double HeldArea::EdgeKm(double lat, double lon) const {
  const double kx = kKmPerDegree * std::cos(lat * std::numbers::pi / 180);
  double best = std::numeric_limits<double>::max();
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
    const double ax = (outline[j].second - lon) * kx, ay = (outline[j].first - lat) * kKmPerDegree;
    const double bx = (outline[i].second - lon) * kx, by = (outline[i].first - lat) * kKmPerDegree;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0;
    best = std::min(best, std::hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

Result<std::vector<HeldArea>> ReadHeldAreas(const std::string& path) {
  auto rows = ReadTsv(path, 7);
  if (!rows.ok()) return rows.status();
  std::vector<HeldArea> areas;
  for (const auto& row : *rows) {
    auto bad = [&](const std::string& value) {
      return Status(StatusCode::kDataError,
                    path + ": bad value '" + value + "' in the row for " + row[0] + " " + row[1]);
    };
    HeldArea area;
    area.country = row[0];
    area.holder = row[1];
    area.opponent = row[2];
    for (const std::string* side : {&area.holder, &area.opponent}) {
      const std::size_t colon = side->find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == side->size()) return bad(*side);
    }
    const auto from = ParseIsoDate(row[3]);
    if (!from) return bad(row[3]);
    area.from = *from;
    if (row[4] != "-") {
      area.to = ParseIsoDate(row[4]);
      if (!area.to) return bad(row[4]);
    }
    const auto reach = ParseNumber(row[5]);
    if (!reach || *reach < 0) return bad(row[5]);
    area.reach_km = *reach;
    for (const std::string& vertex : Split(row[6], ' ')) {
      if (vertex.empty()) continue;
      const std::size_t comma = vertex.find(',');
      const auto lat = ParseNumber(std::string_view(vertex).substr(0, comma));
      const auto lon = comma == std::string::npos
                           ? std::nullopt
                           : ParseNumber(std::string_view(vertex).substr(comma + 1));
      if (!lat || !lon || std::fabs(*lat) > 90 || std::fabs(*lon) > 180) return bad(vertex);
      area.outline.emplace_back(*lat, *lon);
    }
    if (area.outline.size() < 3) return bad(row[6]);
    areas.push_back(std::move(area));
  }
  return areas;
}

}  // namespace sitrep::lexicon
