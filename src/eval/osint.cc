#include "eval/osint.h"

#include <map>
#include <optional>

#include "eval/csv.h"

namespace sitrep::eval {
namespace {

constexpr double kRadiusKm = 25;
constexpr double kWideRadiusKm = 161;

// The place as the monitor files it: "Town, Province, Country", the parts it gives.
std::string NamedPlace(const OsintRow& row) {
  std::string text = row.town;
  for (const std::string* part : {&row.province, &row.country}) {
    if (part->empty()) continue;
    text += ", " + *part;
  }
  return text;
}

struct Tally {
  Share known, within, within_wide;
  std::vector<double> errors_km;

  Json ToJson() const {
    Json j;
    j["rows"] = known.total;
    j["known"] = known.Value();
    j["accuracy_25km"] = within.Value();
    j["accuracy_161km"] = within_wide.Value();
    j["median_km"] = errors_km.empty() ? 0.0 : Median(errors_km);
    return j;
  }
};

}  // namespace

Result<OsintSet> ParseOsintCsv(std::string_view csv) {
  const std::vector<CsvRow> rows = ParseCsv(csv);
  if (rows.empty()) return Status(StatusCode::kDataError, "osint: empty file");
  const CsvColumns columns(rows[0]);
  if (const std::string missing =
          columns.Missing({"date", "title", "brief description", "lat", "lon", "country",
                           "province", "district", "town/city"});
      !missing.empty()) {
    return Status(StatusCode::kDataError, "osint: no column '" + missing + "'");
  }
  auto field = [&](const CsvRow& row, const char* name) { return columns.Field(row, name); };
  OsintSet set;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const auto date = ParseIsoDate(field(row, "date"));
    const auto lat = ParseDouble(field(row, "lat"));
    const auto lon = ParseDouble(field(row, "lon"));
    if (!date || !lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
      ++set.skipped;
      continue;
    }
    OsintRow o;
    o.id = field(row, "entry");
    if (o.id.empty()) o.id = "row-" + std::to_string(r);
    o.date = *date;
    const std::string title = field(row, "title");
    const std::string brief = field(row, "brief description");
    o.description = title == brief || brief.empty() ? title : title + ". " + brief;
    o.country = field(row, "country");
    o.province = field(row, "province");
    o.district = field(row, "district");
    o.town = field(row, "town/city");
    o.latitude = *lat;
    o.longitude = *lon;
    set.rows.push_back(std::move(o));
  }
  return set;
}

Result<OsintSet> ReadOsintCsv(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseOsintCsv(*text);
}

EvalReport ScoreOsint(const OsintSet& set, const PlacesFn& find_places,
                      const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(set.rows.size());
  // Names: one document per distinct filed place.
  std::vector<Document> name_documents;
  std::map<std::string, std::size_t> name_index;
  std::vector<Document> descriptions;
  for (std::size_t i = 0; i < n; ++i) {
    const OsintRow& row = set.rows[i];
    if (!row.town.empty()) {
      const std::string text = NamedPlace(row);
      if (name_index.emplace(text, name_documents.size()).second) {
        Document doc;
        doc.id = "osint-place-" + std::to_string(name_documents.size());
        doc.text = text;
        doc.published = row.date;
        name_documents.push_back(std::move(doc));
      }
    }
    Document doc;
    doc.id = row.id;
    doc.text = row.description;
    doc.published = row.date;
    descriptions.push_back(std::move(doc));
  }
  const auto name_mentions = FindPlacesAll(name_documents, find_places, options, report);
  const auto description_mentions = FindPlacesAll(descriptions, find_places, options, report);

  Tally names;
  std::map<std::string, Tally> names_by_country;
  Share with_a_place, description_within;
  for (std::size_t i = 0; i < n; ++i) {
    const OsintRow& row = set.rows[i];
    if (!row.town.empty()) {
      // The answer for the town is the mention that starts the text.
      const auto& found = name_mentions[name_index.at(NamedPlace(row))];
      std::optional<double> km;
      for (const PlaceMention& m : found) {
        if (m.start != 0 || !m.latitude || !m.longitude) continue;
        km = HaversineKm(row.latitude, row.longitude, *m.latitude, *m.longitude);
        break;
      }
      for (Tally* t : {&names, &names_by_country[row.country]}) {
        t->known.Add(km.has_value());
        t->within.Add(km && *km <= kRadiusKm);
        t->within_wide.Add(km && *km <= kWideRadiusKm);
        t->errors_km.push_back(km ? *km : kMaxErrorKm);
      }
      if (options.collect_errors && !(km && *km <= kRadiusKm)) {
        Json e;
        e["set"] = "osint";
        e["doc"] = row.id;
        e["kind"] = km ? "far" : "unknown";
        e["name"] = NamedPlace(row);
        e["gold"] = {{"latitude", row.latitude}, {"longitude", row.longitude}};
        for (const PlaceMention& m : found) {
          if (m.start != 0) continue;
          e["predicted"] = {{"name", m.name},         {"country", m.country_code},
                            {"admin1", m.admin1},     {"latitude", m.latitude.value_or(0)},
                            {"longitude", m.longitude.value_or(0)}};
          break;
        }
        if (km) e["km"] = *km;
        report.errors.push_back(std::move(e));
      }
    }
    bool any = false, close = false;
    for (const PlaceMention& m : description_mentions[i]) {
      if (!m.latitude || !m.longitude) continue;
      any = true;
      close = close ||
              HaversineKm(row.latitude, row.longitude, *m.latitude, *m.longitude) <= kRadiusKm;
    }
    with_a_place.Add(any);
    description_within.Add(close);
  }

  Json& s = report.scores;
  s["set"] = "osint";
  s["rows"] = n;
  s["skipped_rows"] = set.skipped;
  s["distinct_names"] = name_documents.size();
  s["failed_documents"] = report.failed_documents;
  s["name"] = names.ToJson();
  // Countries with few rows (and the monitor's misspellings of the big ones) go together.
  constexpr long long kFewRows = 50;
  Json by_country = Json::object();
  Tally other;
  for (const auto& [country, tally] : names_by_country) {
    if (tally.known.total >= kFewRows && !country.empty()) {
      by_country[country] = tally.ToJson();
      continue;
    }
    other.known.hits += tally.known.hits, other.known.total += tally.known.total;
    other.within.hits += tally.within.hits, other.within.total += tally.within.total;
    other.within_wide.hits += tally.within_wide.hits;
    other.within_wide.total += tally.within_wide.total;
    other.errors_km.insert(other.errors_km.end(), tally.errors_km.begin(), tally.errors_km.end());
  }
  if (other.known.total > 0) by_country["other"] = other.ToJson();
  s["name_by_country"] = by_country;
  Json description;
  description["rows"] = with_a_place.total;
  description["with_a_place"] = with_a_place.Value();
  description["a_place_within_25km"] = description_within.Value();
  s["description"] = description;
  return report;
}

}  // namespace sitrep::eval
