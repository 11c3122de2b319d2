// Calendar reasoning for the time stage: which Tuesday "Tuesday" means, which days "last week"
// covers, which year "14 April" falls in. Pure functions of dates; no text.
#ifndef SITREP_TIME_CALENDAR_H_
#define SITREP_TIME_CALENDAR_H_

#include "sitrep/date.h"

namespace sitrep::time {

enum class Tense : unsigned char { kUnknown, kPast, kFuture };

// A run of days [first, last] with ACLED's coded day for it.
struct DaySpan {
  Date first;
  Date last;
  Date coded;  // the day ACLED records: mid-span (rounded down), or the 15th for a month
};

// The weekday `weekday` (0 = Monday) on or before `reference` (the same day counts).
Date WeekdayOnOrBefore(const Date& reference, int weekday);
// The weekday strictly before / strictly after `reference`.
Date WeekdayBefore(const Date& reference, int weekday);
Date WeekdayAfter(const Date& reference, int weekday);
// The weekday `weekday` on or after `reference`.
Date WeekdayOnOrAfter(const Date& reference, int weekday);
// Monday of the week (Monday to Sunday) holding `day`.
Date MondayOf(const Date& day);

// Midpoint of [first, last], rounded down.
Date MidPoint(const Date& first, const Date& last);
DaySpan MakeSpan(const Date& first, const Date& last);

// The week `offset` weeks from the week of `published`. Offset -1 ("last week") is coded on its
// Wednesday, as ACLED does; offset 0 ("earlier this week") covers Monday to `published` and is
// coded mid-span; other offsets are coded on their Wednesday.
DaySpan WeekSpan(const Date& published, int offset);
// The weekend (Saturday-Sunday) meant by "this weekend" (offset 0: the one in progress or the
// last one), "last weekend" (-1: the last one wholly before `published`) or "next weekend" (+1).
DaySpan WeekendSpan(const Date& published, int offset);
// The month `offset` months from the month of `published`, coded on the 15th.
DaySpan MonthSpan(const Date& published, int offset);
// Whole month `month` of `year`, coded on the 15th, or on its first / last day when `edge` is
// -1 / +1 ("early March", "late March").
DaySpan CalendarMonth(int year, int month, int edge);

// The year of a day-month named without one ("on 14 April"), relative to `published`: the
// publication year, unless that puts a past-tense report after publication and the previous year
// is within `kPlausibleLookback` days (then the previous year), or puts a future-tense report
// more than that before publication (then the next year). Returns false for an impossible day
// (30 February) in every candidate year.
inline constexpr int kPlausibleLookback = 200;
bool InferYear(const Date& published, int month, int day, Tense tense, Date* out);
// The year of a bare month ("in March"): a later month in a past-tense report is last year's,
// an earlier one in a future-tense report next year's; without a tense the previous year is
// taken only when its month is within kPlausibleLookback days.
int InferMonthYear(const Date& published, int month, Tense tense);

}  // namespace sitrep::time

#endif  // SITREP_TIME_CALENDAR_H_
