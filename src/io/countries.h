// Country facts the ACLED export needs beyond what an incident carries: the ISO 3166-1 numeric
// code and ACLED's region name.
#ifndef SITREP_IO_COUNTRIES_H_
#define SITREP_IO_COUNTRIES_H_

#include <optional>
#include <string_view>

namespace sitrep::io {

struct CountryInfo {
  std::string_view alpha2;  // "UA"
  int numeric = 0;          // 804; 0 for Kosovo (XK), as ACLED writes it
  std::string_view region;  // "Europe", "Middle East", "Caucasus and Central Asia", ...
};

// The row for an ISO 3166-1 alpha-2 code (case-insensitive), or nullopt for an unknown code.
std::optional<CountryInfo> LookupCountry(std::string_view alpha2);

}  // namespace sitrep::io

#endif  // SITREP_IO_COUNTRIES_H_
