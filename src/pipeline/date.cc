// Calendar arithmetic on the proleptic Gregorian calendar.
#include "sitrep/date.h"

#include <array>
#include <cstdio>
#include <cstdint>

namespace sitrep {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Parses exactly `width` ASCII digits at `pos`; nullopt otherwise.
std::optional<int> Digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The time part after the date: "Thh:mm:ss[.fff][Z|±hh:mm]" or "Thhmmss[Z]". The zone is
// accepted but ignored: a date line is read as the calendar day it names.
bool IsTimeSuffix(std::string_view rest, bool compact) {
  if (rest.empty()) return true;
  if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return false;
  rest.remove_prefix(1);
  std::size_t pos = 0;
  auto hh = Digits(rest, pos, 2);
  if (!hh || *hh > 23) return false;
  pos += 2;
  for (int field = 0; field < 2; ++field) {
    if (!compact) {
      if (pos >= rest.size() || rest[pos] != ':') return field == 1 || pos == rest.size();
      ++pos;
    }
    auto v = Digits(rest, pos, 2);
    if (!v || *v > 60) return false;
    pos += 2;
  }
  if (pos < rest.size() && (rest[pos] == '.' || rest[pos] == ',')) {
    ++pos;
    while (pos < rest.size() && rest[pos] >= '0' && rest[pos] <= '9') ++pos;
  }
  if (pos == rest.size()) return true;
  if ((rest[pos] == 'Z' || rest[pos] == 'z') && pos + 1 == rest.size()) return true;
  if (rest[pos] == '+' || rest[pos] == '-') {
    ++pos;
    if (!Digits(rest, pos, 2)) return false;
    pos += 2;
    if (pos < rest.size() && rest[pos] == ':') ++pos;
    if (pos == rest.size()) return true;
    if (!Digits(rest, pos, 2)) return false;
    return pos + 2 == rest.size();
  }
  return false;
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date, no loops.
int Date::ToDays() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);                        // [0, 399]
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);     // [0, 11]
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;         // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                       // [0, 146096]
  return era * 146097 + static_cast<int>(doe) - 719468;
}

// Howard Hinnant's civil_from_days.
Date Date::FromDays(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);                    // [0, 146096]
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;      // [0, 399]
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                    // [0, 365]
  const unsigned mp = (5 * doy + 2) / 153;                                         // [0, 11]
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;                                 // [1, 31]
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;                                    // [1, 12]
  Date date;
  date.year = y + (m <= 2 ? 1 : 0);
  date.month = static_cast<int>(m);
  date.day = static_cast<int>(d);
  return date;
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int days = ToDays();
  const int w = (days % 7 + 7 + 3) % 7;
  return w;
}

std::string Date::ToIso() const {
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::string Date::ToLong() const {
  std::string out = std::to_string(day);
  out += ' ';
  out += (month >= 1 && month <= 12) ? kMonthNames[static_cast<std::size_t>(month - 1)] : "?";
  out += ' ';
  out += std::to_string(year);
  return out;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

bool IsValidDate(int year, int month, int day) {
  // Bounded so that ToDays cannot overflow on hostile input.
  if (year < -1000000 || year > 1000000) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r')) {
    text.remove_suffix(1);
  }
  std::optional<int> year, month, day;
  std::string_view rest;
  bool compact = false;
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    year = Digits(text, 0, 4);
    month = Digits(text, 5, 2);
    day = Digits(text, 8, 2);
    rest = text.substr(10);
  } else if (text.size() >= 8) {
    year = Digits(text, 0, 4);
    month = Digits(text, 4, 2);
    day = Digits(text, 6, 2);
    rest = text.substr(8);
    compact = true;
  }
  if (!year || !month || !day) return std::nullopt;
  if (!IsValidDate(*year, *month, *day)) return std::nullopt;
  if (!IsTimeSuffix(rest, compact)) return std::nullopt;
  return Date{*year, *month, *day};
}

}  // namespace sitrep
