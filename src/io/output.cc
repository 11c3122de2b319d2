#include "io/output.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "io/countries.h"

namespace sitrep::io {
namespace {

using nlohmann::ordered_json;

// Invalid UTF-8 becomes U+FFFD instead of an exception: output must never abort a batch.
std::string Dump(const ordered_json& value) {
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// Coordinates to 4 decimals (about 11 m), as ACLED writes them: more digits are float noise
// from the gazetteer, not precision.
double RoundTo(double value, double scale) { return std::round(value * scale) / scale; }

ordered_json Coordinate(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return nullptr;
  return RoundTo(*value, 1e4);
}

ordered_json OptionalInt(const std::optional<int>& value) {
  if (!value) return nullptr;
  return *value;
}

std::string FormatCoordinate(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", *value);
  return buffer;
}

// Number of code points: what a terminal shows for the scripts news uses.
std::size_t DisplayWidth(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// At most `width` code points, the last one an ellipsis when cut.
std::string Shorten(std::string_view text, std::size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  std::size_t points = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (points + 1 == width) break;
      ++points;
    }
  }
  std::string out(text.substr(0, i));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\xE2\x80\xA6";  // …
}

// Newlines and tabs would break the table: runs of white space become one space.
std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Pad(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t shown = DisplayWidth(text);
  if (shown < width) out.append(width - shown, ' ');
  return out;
}

class JsonlWriter : public IncidentWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void WriteDocument(const std::string&, const std::vector<Incident>& incidents) override {
    for (const Incident& incident : incidents) out_ << IncidentToJsonLine(incident) << '\n';
  }

 private:
  std::ostream& out_;
};

class CsvWriter : public IncidentWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  void Begin() override {
    for (std::size_t i = 0; i < kAcledColumns.size(); ++i) {
      out_ << (i ? "," : "") << kAcledColumns[i];
    }
    out_ << "\r\n";
  }
  void WriteDocument(const std::string&, const std::vector<Incident>& incidents) override {
    for (const Incident& incident : incidents) {
      const auto row = IncidentToCsvRow(incident);
      for (std::size_t i = 0; i < row.size(); ++i) out_ << (i ? "," : "") << CsvField(row[i]);
      out_ << "\r\n";  // RFC 4180 line ending
    }
  }

 private:
  std::ostream& out_;
};

class GeoJsonWriter : public IncidentWriter {
 public:
  explicit GeoJsonWriter(std::ostream& out) : out_(out) {}
  void Begin() override { out_ << "{\"type\":\"FeatureCollection\",\"features\":["; }
  void WriteDocument(const std::string&, const std::vector<Incident>& incidents) override {
    for (const Incident& incident : incidents) {
      ordered_json feature;
      feature["type"] = "Feature";
      if (incident.latitude && incident.longitude && std::isfinite(*incident.latitude) &&
          std::isfinite(*incident.longitude)) {
        // GeoJSON (RFC 7946) orders coordinates longitude first.
        feature["geometry"] = {
            {"type", "Point"},
            {"coordinates", {RoundTo(*incident.longitude, 1e4), RoundTo(*incident.latitude, 1e4)}}};
      } else {
        feature["geometry"] = nullptr;
      }
      feature["properties"] = IncidentToJson(incident);
      out_ << (first_ ? "\n" : ",\n") << Dump(feature);
      first_ = false;
    }
  }
  void End() override { out_ << "\n]}\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

class PrettyWriter : public IncidentWriter {
 public:
  explicit PrettyWriter(std::ostream& out) : out_(out) {}
  void WriteDocument(const std::string& doc_id, const std::vector<Incident>& incidents) override {
    out_ << (first_ ? "" : "\n") << PrettyBlock(doc_id, incidents);
    first_ = false;
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "geojson") return Format::kGeoJson;
  if (name == "pretty") return Format::kPretty;
  return std::nullopt;
}

ordered_json IncidentToJson(const Incident& incident) {
  ordered_json j;
  j["doc_id"] = incident.doc_id;
  j["event_id"] = incident.event_id;
  j["event_date"] = incident.event_date ? ordered_json(incident.event_date->ToIso()) : nullptr;
  j["time_precision"] = incident.time_precision;
  j["disorder_type"] = incident.disorder_type;
  j["event_type"] = incident.event_type;
  j["sub_event_type"] = incident.sub_event_type;
  j["actor1"] = incident.actor1;
  j["actor1_text"] = incident.actor1_text;
  j["assoc_actor_1"] = incident.assoc_actor_1;
  j["inter1"] = incident.inter1;
  j["actor2"] = incident.actor2;
  j["actor2_text"] = incident.actor2_text;
  j["assoc_actor_2"] = incident.assoc_actor_2;
  j["inter2"] = incident.inter2;
  j["interaction"] = incident.interaction;
  j["civilian_targeting"] = incident.civilian_targeting;
  j["country"] = incident.country;
  j["country_code"] = incident.country_code;
  j["admin1"] = incident.admin1;
  j["admin2"] = incident.admin2;
  j["location"] = incident.location;
  j["latitude"] = Coordinate(incident.latitude);
  j["longitude"] = Coordinate(incident.longitude);
  j["geo_precision"] = incident.geo_precision;
  j["fatalities"] = OptionalInt(incident.fatalities);
  j["injuries"] = OptionalInt(incident.injuries);
  j["target"] = incident.target;
  j["weapon"] = incident.weapon;
  j["source"] = incident.source;
  j["reported_by"] = incident.reported_by;
  j["claimed_by"] = incident.claimed_by ? ordered_json(*incident.claimed_by) : nullptr;
  j["notes"] = incident.notes;
  j["evidence"] = ordered_json::array();
  for (const Evidence& evidence : incident.evidence) {
    j["evidence"].push_back(
        {{"start", evidence.start}, {"end", evidence.end}, {"text", evidence.text}});
  }
  j["confidence"] = std::isfinite(incident.confidence) ? RoundTo(incident.confidence, 1e3) : 0.0;
  return j;
}

std::string IncidentToJsonLine(const Incident& incident) { return Dump(IncidentToJson(incident)); }

std::string PlaceToJsonLine(const PlaceMention& place) {
  ordered_json j;
  j["doc_id"] = place.doc_id;
  j["start"] = place.start;
  j["end"] = place.end;
  j["text"] = place.text;
  j["name"] = place.name;
  j["latitude"] = Coordinate(place.latitude);
  j["longitude"] = Coordinate(place.longitude);
  j["country_code"] = place.country_code;
  j["admin1"] = place.admin1;
  j["feature_code"] = place.feature_code;
  j["geonameid"] = place.geonameid ? ordered_json(*place.geonameid) : nullptr;
  return Dump(j);
}

std::string ErrorLine(const Status& status, const std::string& document) {
  ordered_json j;
  j["document"] = status.document().empty() ? document : status.document();
  j["error"] = status.CodeName();
  j["message"] = status.message();
  return Dump(j);
}

std::string_view InterLabel(int inter) {
  static constexpr std::string_view kLabels[] = {
      "",        "State forces", "Rebel group", "Political militia",    "Identity militia",
      "Rioters", "Protesters",   "Civilians",   "External/Other forces"};
  if (inter < 1 || inter > 8) return {};
  return kLabels[inter];
}

std::string InteractionLabel(int interaction) {
  const int first = interaction / 10;
  const int second = interaction % 10;
  if (InterLabel(first).empty()) return {};
  if (second == 0) return std::string(InterLabel(first)) + " only";
  if (InterLabel(second).empty()) return {};
  // ACLED writes the lower code first (78, never 87); keep that even if handed 87.
  const int low = std::min(first, second);
  const int high = std::max(first, second);
  return std::string(InterLabel(low)) + "-" + std::string(InterLabel(high));
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::vector<std::string> IncidentToCsvRow(const Incident& incident) {
  const auto country = LookupCountry(incident.country_code);
  std::vector<std::string> row;
  row.reserve(kAcledColumns.size());
  row.push_back(incident.event_id);
  row.push_back(incident.event_date ? incident.event_date->ToIso() : "");
  row.push_back(incident.event_date ? std::to_string(incident.event_date->year) : "");
  row.push_back(std::to_string(incident.time_precision));
  row.push_back(incident.disorder_type);
  row.push_back(incident.event_type);
  row.push_back(incident.sub_event_type);
  row.push_back(incident.actor1);
  row.push_back(incident.assoc_actor_1);
  row.emplace_back(InterLabel(incident.inter1));
  row.push_back(incident.actor2);
  row.push_back(incident.assoc_actor_2);
  row.emplace_back(InterLabel(incident.inter2));
  row.push_back(InteractionLabel(incident.interaction));
  row.push_back(incident.civilian_targeting ? "Civilians targeted" : "");
  row.push_back(country ? std::to_string(country->numeric) : "");
  row.emplace_back(country ? country->region : std::string_view());
  row.push_back(incident.country);
  row.push_back(incident.admin1);
  row.push_back(incident.admin2);
  row.emplace_back();  // admin3: sitrep does not resolve it
  row.push_back(incident.location);
  row.push_back(FormatCoordinate(incident.latitude));
  row.push_back(FormatCoordinate(incident.longitude));
  row.push_back(std::to_string(incident.geo_precision));
  row.push_back(incident.source);
  row.emplace_back();  // source_scale: not known from one article
  row.push_back(incident.notes);
  row.push_back(std::to_string(incident.fatalities.value_or(0)));
  row.emplace_back();  // tags
  row.emplace_back();  // timestamp: see the header
  return row;
}

std::string PrettyBlock(const std::string& doc_id, const std::vector<Incident>& incidents,
                        std::size_t note_width) {
  std::string out = doc_id + "  (" + std::to_string(incidents.size()) +
                    (incidents.size() == 1 ? " incident)\n" : " incidents)\n");
  if (incidents.empty()) return out;

  constexpr std::size_t kMaxType = 64, kMaxPlace = 40, kMaxActors = 60;
  struct Row {
    std::string date, type, place, actors, fatalities, note;
  };
  std::vector<Row> rows;
  Row header{"date", "type / sub-type", "location", "actors", "killed", ""};
  std::size_t widths[4] = {DisplayWidth(header.date), DisplayWidth(header.type),
                           DisplayWidth(header.place), DisplayWidth(header.actors)};
  for (const Incident& incident : incidents) {
    Row row;
    row.date = incident.event_date ? incident.event_date->ToIso() : "?";
    row.type = Shorten(incident.event_type + " / " + incident.sub_event_type, kMaxType);
    std::string place = incident.location;
    for (const std::string* part : {&incident.admin1, &incident.country}) {
      if (!part->empty() && *part != incident.location)
        place += (place.empty() ? "" : ", ") + *part;
    }
    row.place = Shorten(place.empty() ? "?" : place, kMaxPlace);
    std::string actors = incident.actor1.empty() ? "?" : incident.actor1;
    if (!incident.actor2.empty()) actors += " vs " + incident.actor2;
    row.actors = Shorten(actors, kMaxActors);
    row.fatalities = incident.fatalities ? std::to_string(*incident.fatalities) : "-";
    row.note = Shorten(OneLine(incident.notes), note_width);
    widths[0] = std::max(widths[0], DisplayWidth(row.date));
    widths[1] = std::max(widths[1], DisplayWidth(row.type));
    widths[2] = std::max(widths[2], DisplayWidth(row.place));
    widths[3] = std::max(widths[3], DisplayWidth(row.actors));
    rows.push_back(std::move(row));
  }
  auto line = [&](const Row& row) {
    std::string text = "  " + Pad(row.date, widths[0]) + "  " + Pad(row.type, widths[1]) + "  " +
                       Pad(row.place, widths[2]) + "  " + Pad(row.actors, widths[3]) + "  " +
                       row.fatalities;
    text += '\n';
    if (!row.note.empty()) text += "  " + std::string(widths[0], ' ') + "  " + row.note + '\n';
    return text;
  };
  out += line(header);
  for (const Row& row : rows) out += line(row);
  return out;
}

std::unique_ptr<IncidentWriter> MakeIncidentWriter(Format format, std::ostream& out) {
  switch (format) {
    case Format::kJsonl:
      return std::make_unique<JsonlWriter>(out);
    case Format::kCsv:
      return std::make_unique<CsvWriter>(out);
    case Format::kGeoJson:
      return std::make_unique<GeoJsonWriter>(out);
    case Format::kPretty:
      return std::make_unique<PrettyWriter>(out);
  }
  return std::make_unique<JsonlWriter>(out);
}

}  // namespace sitrep::io
