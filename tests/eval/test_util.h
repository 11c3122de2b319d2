// Hand-made predictions for the scorer tests.
#ifndef SITREP_TESTS_EVAL_TEST_UTIL_H_
#define SITREP_TESTS_EVAL_TEST_UTIL_H_

#include <map>
#include <string>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval::testing {

inline Incident MakeIncident(const std::string& date, const std::string& event_type,
                             const std::string& sub_event_type, double lat, double lon) {
  Incident i;
  i.event_date = ParseIsoDate(date);
  i.event_type = event_type;
  i.sub_event_type = sub_event_type;
  i.latitude = lat;
  i.longitude = lon;
  return i;
}

// An extractor that answers from a table keyed by document id (unknown ids: no incidents; the
// id "fail" returns an error).
inline ExtractFn FromTable(std::map<std::string, std::vector<Incident>> table) {
  return [table = std::move(table)](const Document& document) -> Result<std::vector<Incident>> {
    if (document.id == "fail") return Status(StatusCode::kInvalidArgument, "bad", document.id);
    const auto it = table.find(document.id);
    return it == table.end() ? std::vector<Incident>() : it->second;
  };
}

}  // namespace sitrep::eval::testing

#endif  // SITREP_TESTS_EVAL_TEST_UTIL_H_
