// The time stage: temporal expressions found in the text and resolved to calendar days.
#ifndef SITREP_TIME_TIME_EXPRESSIONS_H_
#define SITREP_TIME_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <vector>

#include "sitrep/date.h"
#include "text/analysed_text.h"

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
  // "a day after", "the next day": relative to an event in the text rather than to the
  // publication date; `date` is then already resolved against the anchor the resolver chose.
  bool anchored = false;
};

// Every temporal expression in the text, in text order, resolved against `published`.
std::vector<TimeExpression> Annotate(const text::AnalysedText& text, const Date& published);

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIME_EXPRESSIONS_H_
