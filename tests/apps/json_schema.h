// A small JSON Schema validator for the subset sitrep's specs use: type (a name or a list of
// names), enum, required, properties, minimum/maximum, items, minItems and format "date". Enough
// to check every line `sitrep` prints against spec/*.schema.json; anything else in a schema is
// ignored.
#ifndef SITREP_TESTS_APPS_JSON_SCHEMA_H_
#define SITREP_TESTS_APPS_JSON_SCHEMA_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sitrep::testing {

// Every violation of `schema` by `value`, each as "<json pointer>: <what is wrong>"; empty when
// the value is valid.
std::vector<std::string> ValidateJson(const nlohmann::json& schema, const nlohmann::json& value,
                                      const std::string& pointer = "");

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_APPS_JSON_SCHEMA_H_
