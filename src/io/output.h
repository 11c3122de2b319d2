// Writing incidents and place mentions in the CLI's formats, and the JSON error lines.
//
// Pure functions over Incident values plus small streaming writers: a writer is told about one
// document at a time, in input order, and writes as it goes (GeoJSON included), so a batch's
// output never has to be held whole. Invalid UTF-8 in any string is written as U+FFFD, never
// thrown.
#ifndef SITREP_IO_OUTPUT_H_
#define SITREP_IO_OUTPUT_H_

#include <array>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/incident.h"
#include "sitrep/status.h"

namespace sitrep::io {

enum class Format { kJsonl, kCsv, kGeoJson, kPretty };

// "jsonl", "csv", "geojson", "pretty"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

// ---- JSON (spec/incident.schema.json, spec/place.schema.json) ----

// Every field of the incident schema, in its order; nulls where the schema allows them.
// Coordinates are rounded to 4 decimals (ACLED's precision), confidence to 3.
nlohmann::ordered_json IncidentToJson(const Incident& incident);
// The same as one line (no trailing newline).
std::string IncidentToJsonLine(const Incident& incident);
// One place mention as `sitrep places` prints it (no trailing newline).
std::string PlaceToJsonLine(const PlaceMention& place);
// {"document":..., "error":"invalid_argument", "message":...}: the stderr line for a failed
// document (no trailing newline). `document` is used when the status names none.
std::string ErrorLine(const Status& status, const std::string& document);

// ---- CSV: the ACLED 2023 export (ACLED_CODING.md §8 B) ----

// The 31 columns, in ACLED's order.
inline constexpr std::array<std::string_view, 31> kAcledColumns = {
    "event_id_cnty", "event_date",     "year",     "time_precision", "disorder_type",
    "event_type",    "sub_event_type", "actor1",   "assoc_actor_1",  "inter1",
    "actor2",        "assoc_actor_2",  "inter2",   "interaction",    "civilian_targeting",
    "iso",           "region",         "country",  "admin1",         "admin2",
    "admin3",        "location",       "latitude", "longitude",      "geo_precision",
    "source",        "source_scale",   "notes",    "fatalities",     "tags",
    "timestamp"};

// ACLED's 2023 text label of an inter code: 1 "State forces" ... 8 "External/Other forces";
// empty for 0 (no actor) or an unknown code.
std::string_view InterLabel(int inter);
// The interaction as text: 78 -> "Civilians-External/Other forces", 10 -> "State forces only";
// empty for 0.
std::string InteractionLabel(int interaction);
// One field, quoted per RFC 4180 when it holds a comma, a quote, CR or LF.
std::string CsvField(std::string_view value);
// The 31 values of one incident, unquoted, in kAcledColumns order. Unknown values are empty,
// except fatalities (0 when unknown, as ACLED writes it). timestamp is empty: sitrep has no
// upload time, and output must not depend on the clock.
std::vector<std::string> IncidentToCsvRow(const Incident& incident);

// ---- Streaming writers ----

class IncidentWriter {
 public:
  virtual ~IncidentWriter() = default;
  // Before the first document (a header, an opening bracket).
  virtual void Begin() {}
  // The incidents of one successfully processed document, possibly none.
  virtual void WriteDocument(const std::string& doc_id, const std::vector<Incident>& incidents) = 0;
  // After the last document.
  virtual void End() {}
};

// A writer of `format` onto `out`, which must outlive it.
std::unique_ptr<IncidentWriter> MakeIncidentWriter(Format format, std::ostream& out);

// The pretty block of one document: a title line, then one aligned row per incident (date,
// type / sub-type, location, actors, fatalities) and its note shortened to `note_width` chars.
std::string PrettyBlock(const std::string& doc_id, const std::vector<Incident>& incidents,
                        std::size_t note_width = 100);

}  // namespace sitrep::io

#endif  // SITREP_IO_OUTPUT_H_
