#include "apps/json_schema.h"

#include <cmath>

#include "sitrep/date.h"

namespace sitrep::testing {
namespace {

using nlohmann::json;

bool HasType(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer") {
    if (value.is_number_integer()) return true;
    // JSON Schema counts 2.0 as an integer.
    return value.is_number_float() && std::floor(value.get<double>()) == value.get<double>();
  }
  return false;
}

// "YYYY-MM-DD" and a real day (RFC 3339 full-date).
bool IsDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return IsValidDate(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                     std::stoi(text.substr(8, 2)));
}

}  // namespace

std::vector<std::string> ValidateJson(const json& schema, const json& value,
                                      const std::string& pointer) {
  std::vector<std::string> errors;
  const std::string where = pointer.empty() ? "/" : pointer;
  auto fail = [&](const std::string& what) { errors.push_back(where + ": " + what); };

  if (auto type = schema.find("type"); type != schema.end()) {
    bool ok = false;
    if (type->is_string()) {
      ok = HasType(value, type->get<std::string>());
    } else {
      for (const json& name : *type) ok = ok || HasType(value, name.get<std::string>());
    }
    if (!ok) {
      fail("type " + value.dump() + " is not " + type->dump());
      return errors;  // the other keywords would only repeat it
    }
  }
  if (auto allowed = schema.find("enum"); allowed != schema.end()) {
    bool found = false;
    for (const json& option : *allowed) found = found || option == value;
    if (!found) fail(value.dump() + " is not one of " + allowed->dump());
  }
  if (value.is_number()) {
    const double number = value.get<double>();
    if (auto min = schema.find("minimum"); min != schema.end() && number < min->get<double>()) {
      fail(value.dump() + " < minimum " + min->dump());
    }
    if (auto max = schema.find("maximum"); max != schema.end() && number > max->get<double>()) {
      fail(value.dump() + " > maximum " + max->dump());
    }
  }
  if (value.is_string()) {
    if (auto format = schema.find("format");
        format != schema.end() && *format == "date" && !IsDate(value.get<std::string>())) {
      fail(value.dump() + " is not a date");
    }
  }
  if (value.is_object()) {
    if (auto required = schema.find("required"); required != schema.end()) {
      for (const json& name : *required) {
        if (!value.contains(name.get<std::string>())) fail("missing " + name.dump());
      }
    }
    if (auto properties = schema.find("properties"); properties != schema.end()) {
      for (auto it = properties->begin(); it != properties->end(); ++it) {
        if (auto field = value.find(it.key()); field != value.end()) {
          auto more = ValidateJson(*it, *field, pointer + "/" + it.key());
          errors.insert(errors.end(), more.begin(), more.end());
        }
      }
    }
  }
  if (value.is_array()) {
    if (auto min = schema.find("minItems");
        min != schema.end() && value.size() < min->get<std::size_t>()) {
      fail("fewer than " + min->dump() + " items");
    }
    if (auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        auto more = ValidateJson(*items, value[i], pointer + "/" + std::to_string(i));
        errors.insert(errors.end(), more.begin(), more.end());
      }
    }
  }
  return errors;
}

}  // namespace sitrep::testing
