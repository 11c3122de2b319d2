#include "eval/acled.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_map>

#include "eval/csv.h"

namespace sitrep::eval {
namespace {

constexpr double kPlaceKm = 25.0;
constexpr double kRegionPlaceKm = 100.0;  // geo_precision 3
constexpr std::size_t kMaxTextInErrors = 4000;

int DateTolerance(int time_precision) {
  switch (time_precision) {
    case 2:
      return 7;
    case 3:
      return 31;
    default:
      return 0;
  }
}

double PlaceRadius(const AcledEvent& event) {
  return event.geo_precision >= 3 ? kRegionPlaceKm : kPlaceKm;
}

std::optional<double> DistanceKm(const AcledEvent& gold, const Incident& predicted) {
  if (!predicted.latitude || !predicted.longitude) return std::nullopt;
  return HaversineKm(gold.latitude, gold.longitude, *predicted.latitude, *predicted.longitude);
}

std::optional<int> DateGap(const AcledEvent& gold, const Incident& predicted) {
  if (!predicted.event_date) return std::nullopt;
  return std::abs(predicted.event_date->ToDays() - gold.date.ToDays());
}

enum class Level { kDetection, kEventType, kSubEventType };

// The one-to-one matching of one document at one level, with or without the place condition.
std::vector<std::pair<int, int>> MatchDocument(const std::vector<AcledEvent>& gold,
                                               const std::vector<Incident>& predicted, Level level,
                                               bool with_place) {
  std::vector<Candidate> candidates;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      const AcledEvent& a = gold[g];
      const Incident& b = predicted[p];
      if (level != Level::kDetection && a.event_type != b.event_type) continue;
      if (level == Level::kSubEventType && a.sub_event_type != b.sub_event_type) continue;
      const auto gap = DateGap(a, b);
      if (!gap || *gap > DateTolerance(a.time_precision)) continue;
      const auto km = DistanceKm(a, b);
      if (with_place && (!km || *km > PlaceRadius(a))) continue;
      // Greedy by distance; the date gap breaks ties (and orders pairs without coordinates).
      const double distance = km ? *km : 1e6;
      candidates.push_back(
          {static_cast<int>(g), static_cast<int>(p), distance + static_cast<double>(*gap) * 1e-3});
    }
  }
  return GreedyMatch(std::move(candidates));
}

// The date-free matching of one document, for measuring dates without the date deciding what
// is matched: place within the radius, greedy by distance; among equal distances the same event
// type first, then the nearer date, so that two reports at one point on different days are not
// crossed (the date only orders pairs the place cannot tell apart).
// Without the place condition (a diagnostic: dates of incidents placed wrongly), text order
// decides among pairs of one type at one date gap.
std::vector<std::pair<int, int>> MatchDocumentDateFree(const std::vector<AcledEvent>& gold,
                                                       const std::vector<Incident>& predicted,
                                                       bool with_place) {
  constexpr double kOtherTypeCost = 1e-2;  // km: far below any real difference in distance
  constexpr double kPerDayCost = 1e-5;     // capped below kOtherTypeCost
  constexpr int kMaxCountedGap = 500;
  std::vector<Candidate> candidates;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      const AcledEvent& a = gold[g];
      const Incident& b = predicted[p];
      const auto km = DistanceKm(a, b);
      if (with_place && (!km || *km > PlaceRadius(a))) continue;
      const int gap = std::min(DateGap(a, b).value_or(kMaxCountedGap), kMaxCountedGap);
      const double cost = (with_place ? *km : 0.0) +
                          (a.event_type == b.event_type ? 0.0 : kOtherTypeCost) +
                          static_cast<double>(gap) * kPerDayCost;
      candidates.push_back({static_cast<int>(g), static_cast<int>(p), cost});
    }
  }
  return GreedyMatch(std::move(candidates));
}

std::optional<Date> DateFromTimestamp(std::string_view text) {
  const auto seconds = ParseInt(text);
  if (!seconds || *seconds <= 0) return std::nullopt;
  return Date::FromDays(static_cast<int>(*seconds / 86400));
}

Json GoldToJson(const AcledEvent& e) {
  return Json{{"event_id", e.event_id},
              {"event_date", e.date.ToIso()},
              {"time_precision", e.time_precision},
              {"event_type", e.event_type},
              {"sub_event_type", e.sub_event_type},
              {"actor1", e.actor1},
              {"actor2", e.actor2},
              {"admin1", e.admin1},
              {"location", e.location},
              {"latitude", e.latitude},
              {"longitude", e.longitude},
              {"geo_precision", e.geo_precision},
              {"fatalities", e.fatalities}};
}

}  // namespace

std::optional<Date> ParseLongDate(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::vector<std::string> parts = Split(LowerTrim(text), ' ');
  if (parts.size() != 3) return std::nullopt;
  const auto day = ParseInt(parts[0]);
  const auto year = ParseInt(parts[2]);
  if (!day || !year) return std::nullopt;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const bool full = parts[1] == kMonths[m];
    const bool short_form = parts[1].size() >= 3 && kMonths[m].starts_with(parts[1]);
    if ((full || short_form) &&
        IsValidDate(static_cast<int>(*year), static_cast<int>(m + 1), static_cast<int>(*day))) {
      return Date{static_cast<int>(*year), static_cast<int>(m + 1), static_cast<int>(*day)};
    }
  }
  return std::nullopt;
}

Result<AcledSet> ParseAcled(std::string_view csv, PublishedFrom published_from) {
  const std::vector<CsvRow> rows = ParseCsv(csv);
  if (rows.empty()) return Status(StatusCode::kInvalidArgument, "ACLED: empty file");
  const CsvColumns columns(rows[0]);
  if (const std::string missing = columns.Missing(
          {"event_date", "event_type", "sub_event_type", "latitude", "longitude", "notes"});
      !missing.empty()) {
    return Status(StatusCode::kInvalidArgument,
                  "ACLED: no column '" + missing + "' in the header");
  }
  AcledSet set;
  set.schema = columns.Has("disorder_type") || columns.Has("civilian_targeting")
                   ? AcledSchema::k2023
                   : AcledSchema::k2022;
  auto field = [&](const CsvRow& row, std::string_view name) { return columns.Field(row, name); };
  std::unordered_map<std::string, std::size_t> document_of_note;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    ++set.rows;
    AcledEvent event;
    const std::string date_text = field(row, "event_date");
    // Detect per value rather than trusting the schema: exports get re-saved by spreadsheets.
    auto date = ParseIsoDate(date_text);
    if (!date) date = ParseLongDate(date_text);
    const auto latitude = ParseDouble(field(row, "latitude"));
    const auto longitude = ParseDouble(field(row, "longitude"));
    const std::string notes = field(row, "notes");
    if (!date || !latitude || !longitude || notes.empty()) {
      ++set.skipped_rows;
      continue;
    }
    event.event_id = field(row, "event_id_cnty");
    if (event.event_id.empty()) event.event_id = "row-" + std::to_string(r);
    event.date = *date;
    event.time_precision = static_cast<int>(ParseInt(field(row, "time_precision")).value_or(1));
    event.event_type = field(row, "event_type");
    event.sub_event_type = field(row, "sub_event_type");
    event.actor1 = field(row, "actor1");
    event.actor2 = field(row, "actor2");
    event.admin1 = field(row, "admin1");
    event.location = field(row, "location");
    event.latitude = *latitude;
    event.longitude = *longitude;
    event.geo_precision = static_cast<int>(ParseInt(field(row, "geo_precision")).value_or(1));
    event.fatalities = static_cast<int>(ParseInt(field(row, "fatalities")).value_or(0));
    event.uploaded = DateFromTimestamp(field(row, "timestamp"));

    auto [it, inserted] = document_of_note.emplace(notes, set.documents.size());
    if (inserted) {
      AcledDocument document;
      document.document.id = "acled-" + event.event_id;
      document.document.text = notes;
      document.document.source = field(row, "source");
      set.documents.push_back(std::move(document));
    }
    set.documents[it->second].gold.push_back(std::move(event));
  }
  for (AcledDocument& document : set.documents) {
    Date latest = document.gold.front().date;
    std::optional<Date> uploaded;
    for (const AcledEvent& e : document.gold) {
      latest = std::max(latest, e.date);
      if (e.uploaded && (!uploaded || *e.uploaded > *uploaded)) uploaded = e.uploaded;
    }
    document.document.published =
        published_from == PublishedFrom::kUploadDate && uploaded && *uploaded >= latest
            ? *uploaded
            : latest.AddDays(3);
  }
  return set;
}

Result<AcledSet> ReadAcled(const std::string& path, PublishedFrom published_from) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseAcled(*text, published_from);
}

EvalReport ScoreAcled(const AcledSet& set, const ExtractFn& extract, const PlacesFn* find_places,
                      const EvalOptions& options) {
  EvalReport report;
  std::vector<Document> documents;
  const std::size_t n = options.Count(set.documents.size());
  documents.reserve(n);
  for (std::size_t i = 0; i < n; ++i) documents.push_back(set.documents[i].document);
  const auto predictions = ExtractAll(documents, extract, options, report);

  struct LevelCounts {
    Counts with_place;
    Counts without_place;
  };
  std::array<LevelCounts, 3> levels;
  Share date_exact, actor1_exact, actor2_exact, fatalities_exact, admin1_exact;
  // The codebook: actor order carries no meaning, except in Violence against civilians, where the
  // victim is actor2. So outside it a pair coded the other way round has its actor1 right too.
  Share actor1_order_free, actor_pair_order_free;
  // Over the date-free matchings (with and without the place): the date is judged, not required.
  struct DateShares {
    Share exact, exact_day_precision, within_tolerance, precision_exact, undated;
    void Add(const AcledEvent& a, const Incident& b) {
      const bool hit = b.event_date && *b.event_date == a.date;
      const auto gap = DateGap(a, b);
      exact.Add(hit);
      if (a.time_precision == 1) exact_day_precision.Add(hit);
      within_tolerance.Add(gap && *gap <= DateTolerance(a.time_precision));
      precision_exact.Add(b.time_precision == a.time_precision);
      undated.Add(!b.event_date);
    }
    Json ToJson() const {
      return Json{{"pairs", exact.total},
                  {"date_exact", exact.Value()},
                  {"date_exact_day_precision", exact_day_precision.Value()},
                  {"date_within_tolerance", within_tolerance.Value()},
                  {"time_precision_exact", precision_exact.Value()},
                  {"undated", undated.Value()}};
    }
  };
  DateShares free_dates, free_dates_no_place;
  std::vector<double> distances;
  std::map<std::string, Counts> per_sub_type;
  std::map<std::string, std::map<std::string, long long>> confusion;
  long long gold_total = 0;
  long long predicted_total = 0;

  for (std::size_t d = 0; d < n; ++d) {
    const auto& gold = set.documents[d].gold;
    const auto& predicted = predictions[d];
    gold_total += static_cast<long long>(gold.size());
    predicted_total += static_cast<long long>(predicted.size());
    // One line of the --errors file: its kind, the gold event and the prediction it concerns.
    auto error = [&](const char* kind, const AcledEvent* a, const Incident* b) {
      Json e{{"set", "acled"}, {"doc", documents[d].id}, {"kind", kind}};
      if (a) e["gold"] = GoldToJson(*a);
      if (b) e["predicted"] = IncidentToJson(*b);
      e["text"] = Clip(documents[d].text, kMaxTextInErrors);
      report.errors.push_back(std::move(e));
    };
    for (const auto& [g, p] : MatchDocumentDateFree(gold, predicted, /*with_place=*/true)) {
      const AcledEvent& a = gold[g];
      const Incident& b = predicted[p];
      free_dates.Add(a, b);
      if (options.collect_errors && !(b.event_date && *b.event_date == a.date)) {
        error("date", &a, &b);
      }
    }
    for (const auto& [g, p] : MatchDocumentDateFree(gold, predicted, /*with_place=*/false)) {
      free_dates_no_place.Add(gold[g], predicted[p]);
    }
    for (int level = 0; level < 3; ++level) {
      for (bool with_place : {true, false}) {
        const auto pairs = MatchDocument(gold, predicted, static_cast<Level>(level), with_place);
        Counts c;
        c.tp = static_cast<long long>(pairs.size());
        c.fp = static_cast<long long>(predicted.size() - pairs.size());
        c.fn = static_cast<long long>(gold.size() - pairs.size());
        (with_place ? levels[level].with_place : levels[level].without_place) += c;
        if (level == static_cast<int>(Level::kSubEventType) && with_place) {
          std::vector<bool> gold_hit(gold.size()), predicted_hit(predicted.size());
          for (const auto& [g, p] : pairs) {
            gold_hit[g] = predicted_hit[p] = true;
            ++per_sub_type[gold[g].sub_event_type].tp;
          }
          for (std::size_t g = 0; g < gold.size(); ++g) {
            if (!gold_hit[g]) ++per_sub_type[gold[g].sub_event_type].fn;
          }
          for (std::size_t p = 0; p < predicted.size(); ++p) {
            if (!predicted_hit[p]) ++per_sub_type[predicted[p].sub_event_type].fp;
          }
        }
        if (level != static_cast<int>(Level::kDetection) || !with_place) continue;
        std::vector<bool> gold_hit(gold.size()), predicted_hit(predicted.size());
        for (const auto& [g, p] : pairs) {
          gold_hit[g] = predicted_hit[p] = true;
          const AcledEvent& a = gold[g];
          const Incident& b = predicted[p];
          date_exact.Add(b.event_date && *b.event_date == a.date);
          actor1_exact.Add(b.actor1 == a.actor1);
          actor2_exact.Add(b.actor2 == a.actor2);
          const bool swapped = a.event_type != "Violence against civilians" &&
                               b.actor1 == a.actor2 && b.actor2 == a.actor1;
          actor1_order_free.Add(b.actor1 == a.actor1 || swapped);
          actor_pair_order_free.Add((b.actor1 == a.actor1 && b.actor2 == a.actor2) || swapped);
          // A matched pair whose actors differ: a reviewer's list of actor errors.
          if (options.collect_errors && (b.actor1 != a.actor1 || b.actor2 != a.actor2)) {
            error("actors", &a, &b);
          }
          // No number in the text is ACLED's 0.
          fatalities_exact.Add(b.fatalities.value_or(0) == a.fatalities);
          admin1_exact.Add(b.admin1 == a.admin1);
          distances.push_back(DistanceKm(a, b).value_or(0));
          ++confusion[a.sub_event_type][b.sub_event_type];
        }
        for (std::size_t g = 0; g < gold.size(); ++g) {
          if (gold_hit[g]) continue;
          ++confusion[gold[g].sub_event_type]["(missed)"];
          if (options.collect_errors) {
            error("miss", &gold[g], nullptr);
          }
        }
        for (std::size_t p = 0; p < predicted.size(); ++p) {
          if (predicted_hit[p]) continue;
          ++confusion["(spurious)"][predicted[p].sub_event_type];
          if (options.collect_errors) {
            error("false_positive", nullptr, &predicted[p]);
          }
        }
      }
    }
  }

  Json& s = report.scores;
  s["set"] = "acled";
  s["schema"] = set.schema == AcledSchema::k2022 ? "2022" : "2023";
  s["documents"] = n;
  s["gold_events"] = gold_total;
  s["predicted_incidents"] = predicted_total;
  s["failed_documents"] = report.failed_documents;
  s["skipped_rows"] = set.skipped_rows;
  static constexpr std::array<const char*, 3> kLevelNames = {"detection", "event_type",
                                                             "sub_event_type"};
  for (int level = 0; level < 3; ++level) {
    s[kLevelNames[level]] = levels[level].with_place.ToJson();
    s[std::string(kLevelNames[level]) + "_no_place"] = levels[level].without_place.ToJson();
  }
  Json matched;
  matched["pairs"] = static_cast<long long>(distances.size());
  matched["date_exact"] = date_exact.Value();
  matched["actor1_exact"] = actor1_exact.Value();
  matched["actor2_exact"] = actor2_exact.Value();
  matched["actor1_order_free"] = actor1_order_free.Value();
  matched["actor_pair_order_free"] = actor_pair_order_free.Value();
  matched["fatalities_exact"] = fatalities_exact.Value();
  matched["admin1_exact"] = admin1_exact.Value();
  matched["median_distance_km"] = Median(distances);
  s["matched"] = matched;
  // Criterion of issue 7: the date judged on pairs matched by document and place alone.
  s["matched_date_free"] = free_dates.ToJson();
  s["matched_date_free_no_place"] = free_dates_no_place.ToJson();
  Json per_type = Json::object();
  for (const auto& [type, counts] : per_sub_type) per_type[type] = counts.ToJson();
  s["per_sub_event_type"] = per_type;
  Json confusion_json = Json::object();
  for (const auto& [gold_type, row] : confusion) {
    Json row_json = Json::object();
    for (const auto& [predicted_type, count] : row) row_json[predicted_type] = count;
    confusion_json[gold_type] = row_json;
  }
  s["confusion"] = confusion_json;

  if (find_places != nullptr) {
    // One FindPlaces call per distinct location name; each gold event then looks its name up.
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> name_index;
    for (std::size_t d = 0; d < n; ++d) {
      for (const AcledEvent& e : set.documents[d].gold) {
        if (name_index.emplace(e.location, names.size()).second) names.push_back(e.location);
      }
    }
    std::vector<Document> name_documents;
    name_documents.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
      Document doc;
      doc.id = "acled-location-" + std::to_string(i);
      doc.text = names[i];
      doc.published = Date{2022, 1, 1};
      name_documents.push_back(std::move(doc));
    }
    EvalReport place_report;
    const auto mentions = FindPlacesAll(name_documents, *find_places, options, place_report);
    Share known, near;
    for (std::size_t d = 0; d < n; ++d) {
      for (const AcledEvent& e : set.documents[d].gold) {
        const auto& found = mentions[name_index.at(e.location)];
        bool any = false;
        bool close = false;
        for (const PlaceMention& m : found) {
          if (!m.latitude || !m.longitude) continue;
          any = true;
          if (HaversineKm(e.latitude, e.longitude, *m.latitude, *m.longitude) <= PlaceRadius(e)) {
            close = true;
          }
        }
        known.Add(any);
        near.Add(close);
      }
    }
    Json coverage;
    coverage["method"] = "FindPlaces on the bare location name";
    coverage["distinct_names"] = names.size();
    coverage["known"] = known.Value();
    coverage["known_within_radius"] = near.Value();
    coverage["failed_lookups"] = place_report.failed_documents;
    s["gazetteer_coverage"] = coverage;
  }
  return report;
}

}  // namespace sitrep::eval
