#include "time/calendar.h"

#include <algorithm>

namespace sitrep::time {

Date WeekdayOnOrBefore(const Date& reference, int weekday) {
  return reference.AddDays(-((reference.Weekday() - weekday + 7) % 7));
}

Date WeekdayBefore(const Date& reference, int weekday) {
  return WeekdayOnOrBefore(reference.AddDays(-1), weekday);
}

Date WeekdayOnOrAfter(const Date& reference, int weekday) {
  return reference.AddDays((weekday - reference.Weekday() + 7) % 7);
}

Date WeekdayAfter(const Date& reference, int weekday) {
  return WeekdayOnOrAfter(reference.AddDays(1), weekday);
}

Date MondayOf(const Date& day) { return day.AddDays(-day.Weekday()); }

Date MidPoint(const Date& first, const Date& last) {
  const int a = first.ToDays();
  const int b = last.ToDays();
  // Floor division so that spans before 1970 round the same way.
  const int sum = a + b;
  return Date::FromDays(sum >= 0 ? sum / 2 : -((-sum + 1) / 2));
}

DaySpan MakeSpan(const Date& first, const Date& last) {
  const Date lo = std::min(first, last);
  const Date hi = std::max(first, last);
  return {lo, hi, MidPoint(lo, hi)};
}

DaySpan WeekSpan(const Date& published, int offset) {
  const Date monday = MondayOf(published).AddDays(7 * offset);
  if (offset == 0) {
    // "Earlier this week": the days of this week up to publication. On a Monday that is the
    // Monday alone.
    return MakeSpan(monday, published);
  }
  return {monday, monday.AddDays(6), monday.AddDays(2)};
}

DaySpan WeekendSpan(const Date& published, int offset) {
  // The Saturday of the weekend in progress or most recently past.
  Date saturday = WeekdayOnOrBefore(published, 5);
  if (offset < 0 && published.Weekday() >= 5) saturday = saturday.AddDays(-7);
  if (offset > 0) saturday = WeekdayAfter(published, 5);
  if (offset > 0 && published.Weekday() == 5) saturday = published.AddDays(7);
  const Date sunday = saturday.AddDays(1);
  return {saturday, sunday, saturday};
}

DaySpan CalendarMonth(int year, int month, int edge) {
  const Date first{year, month, 1};
  const Date last{year, month, DaysInMonth(year, month)};
  const Date coded = edge < 0 ? first : edge > 0 ? last : Date{year, month, 15};
  return {first, last, coded};
}

DaySpan MonthSpan(const Date& published, int offset) {
  int index = published.year * 12 + (published.month - 1) + offset;
  const int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  const int month = index - year * 12 + 1;
  return CalendarMonth(year, month, 0);
}

bool InferYear(const Date& published, int month, int day, Tense tense, Date* out) {
  const int year = published.year;
  const bool this_ok = IsValidDate(year, month, day);
  const bool prev_ok = IsValidDate(year - 1, month, day);
  const bool next_ok = IsValidDate(year + 1, month, day);
  if (!this_ok && !prev_ok && !next_ok) return false;
  const int pub = published.ToDays();
  if (this_ok) {
    const Date candidate{year, month, day};
    const int d = candidate.ToDays();
    if (d > pub && tense != Tense::kFuture && prev_ok &&
        pub - Date{year - 1, month, day}.ToDays() <= kPlausibleLookback) {
      *out = Date{year - 1, month, day};
      return true;
    }
    if (d < pub && tense == Tense::kFuture && next_ok &&
        Date{year + 1, month, day}.ToDays() - pub <= kPlausibleLookback) {
      *out = Date{year + 1, month, day};
      return true;
    }
    *out = candidate;
    return true;
  }
  // 29 February outside a leap year: the nearest leap year on the side the tense points to.
  if (tense == Tense::kFuture && next_ok) {
    *out = Date{year + 1, month, day};
  } else if (prev_ok) {
    *out = Date{year - 1, month, day};
  } else {
    *out = Date{year + 1, month, day};
  }
  return true;
}

int InferMonthYear(const Date& published, int month, Tense tense) {
  const int year = published.year;
  // A month after the publication month in a past-tense report can only be last year's, and one
  // before it in a future-tense report next year's; without a tense, only a near one moves.
  if (month > published.month) {
    if (tense == Tense::kPast) return year - 1;
    const Date mid{year - 1, month, 15};
    if (tense == Tense::kUnknown && published.ToDays() - mid.ToDays() <= kPlausibleLookback) {
      return year - 1;
    }
  }
  if (month < published.month && tense == Tense::kFuture) return year + 1;
  return year;
}

}  // namespace sitrep::time
