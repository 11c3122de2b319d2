#include "io/countries.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace sitrep::io {
namespace {

// Sorted by alpha-2 so lookup is a binary search. make_countries_table.py regenerates it.
constexpr CountryInfo kCountries[] = {
#include "io/countries.inc"
};

}  // namespace

std::optional<CountryInfo> LookupCountry(std::string_view alpha2) {
  if (alpha2.size() != 2) return std::nullopt;
  std::string key(alpha2);
  for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto* end = std::end(kCountries);
  const auto* it =
      std::lower_bound(std::begin(kCountries), end, key,
                       [](const CountryInfo& row, const std::string& k) { return row.alpha2 < k; });
  if (it == end || it->alpha2 != key) return std::nullopt;
  return *it;
}

}  // namespace sitrep::io
