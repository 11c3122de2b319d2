// `sitrep eval osint`: an OSINT incident monitor export (CSV with a date, a title, a brief
// description, human-verified coordinates, and the country, province, district and town the
// monitor filed each item under).
//
// Two measures, each over the rows with coordinates:
// - name: the place as the monitor names it ("Town, Province, Country", the parts it gives) read
//   as a text by the places stage; the first mention of the town is its answer. Accuracy within
//   25 km (and 161 km), and how often the town is known at all: a gazetteer and resolution test
//   on the names the war's OSINT reporting uses.
// - description: the title and description as a text (dated the row's day); right when any
//   place sitrep finds in it lies within 25 km of the point. Many descriptions name no place
//   ("Movement of heavy weaponry"): `with_a_place` says how many name one sitrep finds.
// Rows are scored per country too, as the monitor covers Ukraine, Russia and Belarus.
#ifndef SITREP_EVAL_OSINT_H_
#define SITREP_EVAL_OSINT_H_

#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

struct OsintRow {
  std::string id;  // entry id, or "row-N"
  Date date;
  std::string description;  // title and brief description
  std::string country, province, district, town;
  double latitude = 0;
  double longitude = 0;
};

struct OsintSet {
  std::vector<OsintRow> rows;  // rows with a date and coordinates
  std::size_t skipped = 0;     // rows without them
};

// Columns are found by header name: date, title, brief description, lat, lon, country, province,
// district, town/city (entry optional). A missing column is kDataError.
Result<OsintSet> ParseOsintCsv(std::string_view csv);
Result<OsintSet> ReadOsintCsv(const std::string& path);

EvalReport ScoreOsint(const OsintSet& set, const PlacesFn& find_places, const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_OSINT_H_
