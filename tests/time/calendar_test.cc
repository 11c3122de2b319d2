#include "time/calendar.h"

#include <gtest/gtest.h>

namespace sitrep::time {
namespace {

const Date kWed{2022, 3, 2};  // a Wednesday

TEST(Calendar, WeekdaysAroundAReference) {
  EXPECT_EQ(WeekdayOnOrBefore(kWed, 2), kWed);
  EXPECT_EQ(WeekdayOnOrBefore(kWed, 1), (Date{2022, 3, 1}));
  EXPECT_EQ(WeekdayOnOrBefore(kWed, 3), (Date{2022, 2, 24}));
  EXPECT_EQ(WeekdayBefore(kWed, 2), (Date{2022, 2, 23}));
  EXPECT_EQ(WeekdayAfter(kWed, 2), (Date{2022, 3, 9}));
  EXPECT_EQ(WeekdayOnOrAfter(kWed, 2), kWed);
  EXPECT_EQ(WeekdayOnOrAfter(kWed, 4), (Date{2022, 3, 4}));
  EXPECT_EQ(MondayOf(kWed), (Date{2022, 2, 28}));
}

TEST(Calendar, WeeksAreCodedOnWednesday) {
  const DaySpan last = WeekSpan(kWed, -1);
  EXPECT_EQ(last.first, (Date{2022, 2, 21}));
  EXPECT_EQ(last.last, (Date{2022, 2, 27}));
  EXPECT_EQ(last.coded, (Date{2022, 2, 23}));
  const DaySpan now = WeekSpan(kWed, 0);
  EXPECT_EQ(now.first, (Date{2022, 2, 28}));
  EXPECT_EQ(now.last, kWed);
  EXPECT_EQ(now.coded, (Date{2022, 3, 1}));
}

TEST(Calendar, Weekends) {
  EXPECT_EQ(WeekendSpan(kWed, 0).first, (Date{2022, 2, 26}));
  EXPECT_EQ(WeekendSpan(kWed, -1).first, (Date{2022, 2, 26}));
  EXPECT_EQ(WeekendSpan(kWed, 1).first, (Date{2022, 3, 5}));
  const Date saturday{2022, 8, 27};
  EXPECT_EQ(WeekendSpan(saturday, 0).first, saturday);
  EXPECT_EQ(WeekendSpan(saturday, -1).first, (Date{2022, 8, 20}));
  EXPECT_EQ(WeekendSpan(saturday, 1).first, (Date{2022, 9, 3}));
}

TEST(Calendar, Months) {
  const DaySpan feb = MonthSpan(kWed, -1);
  EXPECT_EQ(feb.first, (Date{2022, 2, 1}));
  EXPECT_EQ(feb.last, (Date{2022, 2, 28}));
  EXPECT_EQ(feb.coded, (Date{2022, 2, 15}));
  EXPECT_EQ(MonthSpan(Date{2023, 1, 5}, -1).coded, (Date{2022, 12, 15}));
  EXPECT_EQ(MonthSpan(Date{2022, 12, 5}, 1).coded, (Date{2023, 1, 15}));
  EXPECT_EQ(CalendarMonth(2024, 2, 1).coded, (Date{2024, 2, 29}));
  EXPECT_EQ(CalendarMonth(2024, 2, -1).coded, (Date{2024, 2, 1}));
}

TEST(Calendar, MidPointRoundsDown) {
  EXPECT_EQ(MidPoint(Date{2022, 2, 26}, Date{2022, 2, 28}), (Date{2022, 2, 27}));
  EXPECT_EQ(MidPoint(Date{2022, 2, 26}, Date{2022, 2, 27}), (Date{2022, 2, 26}));
  EXPECT_EQ(MidPoint(Date{1969, 12, 30}, Date{1969, 12, 31}), (Date{1969, 12, 30}));
  EXPECT_EQ(MakeSpan(Date{2022, 3, 3}, Date{2022, 3, 1}).first, (Date{2022, 3, 1}));
}

TEST(Calendar, YearOfADayMonth) {
  Date out;
  ASSERT_TRUE(InferYear(kWed, 2, 24, Tense::kPast, &out));
  EXPECT_EQ(out, (Date{2022, 2, 24}));
  // Past tense, after publication, previous year implausible: stays in the year (a future day).
  ASSERT_TRUE(InferYear(kWed, 4, 14, Tense::kPast, &out));
  EXPECT_EQ(out, (Date{2022, 4, 14}));
  // Late December read in early January: last year.
  ASSERT_TRUE(InferYear(Date{2023, 1, 5}, 12, 28, Tense::kUnknown, &out));
  EXPECT_EQ(out, (Date{2022, 12, 28}));
  // Future tense in December about January: next year.
  ASSERT_TRUE(InferYear(Date{2022, 12, 4}, 1, 10, Tense::kFuture, &out));
  EXPECT_EQ(out, (Date{2023, 1, 10}));
  EXPECT_FALSE(InferYear(kWed, 2, 30, Tense::kPast, &out));
  ASSERT_TRUE(InferYear(Date{2023, 3, 2}, 2, 29, Tense::kPast, &out));  // nearest leap year
  EXPECT_EQ(out, (Date{2024, 2, 29}));
}

TEST(Calendar, YearOfAMonth) {
  EXPECT_EQ(InferMonthYear(Date{2023, 1, 5}, 11, Tense::kPast), 2022);
  EXPECT_EQ(InferMonthYear(kWed, 5, Tense::kFuture), 2022);
  EXPECT_EQ(InferMonthYear(kWed, 12, Tense::kPast), 2021);  // last December
  EXPECT_EQ(InferMonthYear(kWed, 6, Tense::kUnknown), 2022);  // no tense, nine months back
  EXPECT_EQ(InferMonthYear(kWed, 6, Tense::kPast), 2021);     // past tense: last June
  EXPECT_EQ(InferMonthYear(Date{2022, 12, 4}, 2, Tense::kFuture), 2023);
}

}  // namespace
}  // namespace sitrep::time
