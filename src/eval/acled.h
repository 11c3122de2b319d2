// `sitrep eval acled`: ACLED exports as gold. Each distinct `notes` string is one document whose
// gold is every row carrying that note.
//
// Matching (one-to-one, greedy by distance): a prediction matches a gold event when its place
// is within 25 km of ACLED's point (100 km when geo_precision is 3) and its date agrees with
// ACLED's (exactly for time_precision 1, within 7 days for 2, within 31 for 3). Detection,
// event-type and sub-event-type P/R/F1 are each measured with and without the place condition
// (the type levels add "same type" to the match condition). Attributes are compared on the
// pairs of the detection-with-place matching.
//
// Dates are also judged on a second, date-free matching (place within the radius, greedy by
// distance; the same event type, then the nearer date, only break ties), since the matching
// above pairs only what already has the right date: `matched_date_free` gives the share of those
// pairs with ACLED's exact day, also on precision-1 gold alone, within the tolerance above, with
// ACLED's time_precision, and without a date; `matched_date_free_no_place` the same on a matching
// by document alone. With collect_errors, each pair of the first with another day is an error of
// kind "date".
#ifndef SITREP_EVAL_ACLED_H_
#define SITREP_EVAL_ACLED_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"
#include "sitrep/date.h"

namespace sitrep::eval {

struct AcledEvent {
  std::string event_id;
  Date date;
  int time_precision = 1;
  std::string event_type;
  std::string sub_event_type;
  std::string actor1;
  std::string actor2;
  std::string admin1;
  std::string location;
  double latitude = 0;
  double longitude = 0;
  int geo_precision = 1;
  int fatalities = 0;
  std::optional<Date> uploaded;  // from `timestamp`
};

struct AcledDocument {
  Document document;
  std::vector<AcledEvent> gold;
};

// 2022: 31 columns, dates "31 March 2022", numeric inter codes. 2023: ISO dates, text inter
// labels, disorder_type and civilian_targeting columns.
enum class AcledSchema { k2022, k2023 };

// The publication date handed to the extractor. The note itself states the event date, so
// neither choice gives the answer away beyond what the text says; event date + 3 days is the
// default because it is the same for every row (ACLED's upload day varies from 4 to 90 days
// later and would make relative expressions harder than in real news).
enum class PublishedFrom { kEventDatePlus3, kUploadDate };

struct AcledSet {
  AcledSchema schema = AcledSchema::k2022;
  std::vector<AcledDocument> documents;
  std::size_t rows = 0;
  std::size_t skipped_rows = 0;  // rows without a parseable date or coordinates
};

Result<AcledSet> ParseAcled(std::string_view csv, PublishedFrom published_from);
Result<AcledSet> ReadAcled(const std::string& path, PublishedFrom published_from);

// "31 March 2022" (also "31 Mar 2022"); nullopt for anything else.
std::optional<Date> ParseLongDate(std::string_view text);

// Scores `extract` on the set. With `find_places`, also measures gazetteer coverage: the share
// of gold events whose bare location name FindPlaces resolves at all, and within the match
// radius of ACLED's point.
EvalReport ScoreAcled(const AcledSet& set, const ExtractFn& extract, const PlacesFn* find_places,
                      const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_ACLED_H_
