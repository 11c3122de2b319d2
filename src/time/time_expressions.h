// The time stage: temporal expressions found in the text and resolved to calendar days.
#ifndef SITREP_TIME_TIME_EXPRESSIONS_H_
#define SITREP_TIME_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <vector>

#include "sitrep/date.h"
#include "text/analysed_text.h"
#include "time/time_tables.h"

namespace sitrep::time {

enum class TimeKind : std::uint8_t {
  kAbsolute,    // "14 April 2022", "14.04.2022", "on the 5th"
  kWeekday,     // "on Tuesday", "Tuesday's strike"
  kRelative,    // "yesterday", "last night", "a day after", "overnight"
  kSpan,        // "earlier this week", "in March", "between Saturday and Monday"
};

struct TimeExpression {
  std::uint32_t first_token = 0;  // tokens [first_token, end_token)
  std::uint32_t end_token = 0;
  TimeKind kind = TimeKind::kAbsolute;
  Date date;            // the day (for a span: ACLED's coded day, mid-span or the 15th)
  Date range_first;     // the span it covers; equal to date for a single day
  Date range_last;
  int precision = 1;    // ACLED time_precision: 1 day, 2 a few days / week, 3 month
  bool future = false;  // after the publication date: no incident date
  // Wholly more than kHistoricHorizon days before publication ("on 17 July 2014" in a 2022
  // report): background to the news, not an incident date.
  bool historic = false;
  // "a day after", "the next day": relative to an event in the text rather than to the
  // publication date; `date` is then already resolved against the anchor the resolver chose.
  bool anchored = false;
  // "since February 24", "since the war began": a span open up to publication, as in cumulative
  // totals ("killed 300 since the war began"). Not an incident date: the events stage should not
  // date an incident by it. kind is kSpan, precision 3, range_last = published, date =
  // range_first = the start named (or the publication date when the start is not a date).
  bool open_span = false;
};

inline constexpr int kHistoricHorizon = 366;

// Every temporal expression in the text, in text order, resolved against `published`, with the
// tables a Model loaded once. Sentences marked `skip` are passed over. Conventions:
//  - A weekday in a past-tense or tenseless sentence is the one on or before publication (the
//    same day counts); in a future-tense sentence the one on or after it (future = true).
//  - "the night of 13-14 April", "the night from Saturday to Sunday": the first date, precision
//    1 (the evening the night began). A single day named after a night word ("overnight into
//    Wednesday") is that day.
//  - Ranges ("between Saturday and Monday", "1-3 March"): kind kSpan, precision 2, date = the
//    middle day rounded down, range_first / range_last set.
//  - future = the whole span lies after publication, or the phrase itself points ahead
//    ("tomorrow", "next week") or the sentence is in the future tense and the day is not past.
//  - A past span that runs past publication ("earlier this month" on the 2nd) is coded on the
//    publication day rather than after it, at the span's precision.
//  - A hedge of time_hedges.tsv touching a day lowers its precision and keeps the day: "around
//    14 April" is precision 2, "28 March (month of)" precision 3, both on the day named.
//  - A phrase counted from the day in focus ("the next day", "a day after ...") with no day
//    named earlier in the text counts from publication; when that lands after publication in a
//    report of the past, it is the publication date at precision 2 (the report's days).
std::vector<TimeExpression> Annotate(const text::AnalysedText& text, const Date& published,
                                     const TimeTables& tables);

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIME_EXPRESSIONS_H_
