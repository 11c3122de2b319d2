// The output: one ACLED-style incident (spec/incident.schema.json).
#ifndef SITREP_INCIDENT_H_
#define SITREP_INCIDENT_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/date.h"

namespace sitrep {

// Byte range [start, end) in the document text as given, and the text it covers.
struct Evidence {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

struct Incident {
  std::string doc_id;
  std::string event_id;
  std::optional<Date> event_date;
  int time_precision = 1;
  std::string disorder_type;
  std::string event_type;
  std::string sub_event_type;
  std::string actor1;
  std::string actor1_text;
  std::string assoc_actor_1;
  int inter1 = 0;
  std::string actor2;
  std::string actor2_text;
  std::string assoc_actor_2;
  int inter2 = 0;
  int interaction = 0;
  bool civilian_targeting = false;
  std::string country;
  std::string country_code;
  std::string admin1;
  std::string admin2;
  std::string location;
  std::optional<double> latitude;
  std::optional<double> longitude;
  int geo_precision = 1;
  std::optional<int> fatalities;
  std::optional<int> injuries;
  std::string target;
  std::string weapon;
  std::string source;
  std::vector<std::string> reported_by;
  std::optional<std::string> claimed_by;
  std::string notes;
  std::vector<Evidence> evidence;
  double confidence = 0.0;
};

// A place-name mention (spec/place.schema.json).
struct PlaceMention {
  std::string doc_id;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
  std::string name;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::string country_code;
  std::string admin1;
  std::string feature_code;
  std::optional<long long> geonameid;
  // A reference rather than a name ("the city", "Ukraine's capital"): resolved like a name, but
  // not a toponym for the geoparsing benchmarks. Not part of the printed contract.
  bool is_reference = false;
};

}  // namespace sitrep

#endif  // SITREP_INCIDENT_H_
