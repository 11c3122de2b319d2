// Calendar days: the unit ACLED codes incidents in.
#ifndef SITREP_DATE_H_
#define SITREP_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

// A proleptic Gregorian calendar day. Always valid when produced by the functions here.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  // Days since 1970-01-01 (negative before).
  int ToDays() const;
  static Date FromDays(int days);
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  Date AddDays(int n) const { return FromDays(ToDays() + n); }
  // "2022-03-02".
  std::string ToIso() const;
  // "2 March 2022", as ACLED notes write it.
  std::string ToLong() const;
};

bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);
// Parses "YYYY-MM-DD" (also accepts a trailing time, "2022-03-02T10:00:00Z", and the compact
// "20220302T101500Z" form). Returns nullopt for anything else or an impossible day.
std::optional<Date> ParseIsoDate(std::string_view text);

}  // namespace sitrep

#endif  // SITREP_DATE_H_
