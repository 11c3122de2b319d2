// Tests of include/sitrep/date.h (src/pipeline/date.cc), kept with the time stage that owns it.
#include "sitrep/date.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Date, DaysRoundTripOverFourCenturies) {
  for (int d = -146097; d <= 146097 * 2; ++d) {
    const Date date = Date::FromDays(d);
    ASSERT_TRUE(IsValidDate(date.year, date.month, date.day)) << d;
    ASSERT_EQ(date.ToDays(), d);
  }
}

TEST(Date, KnownDays) {
  EXPECT_EQ((Date{1970, 1, 1}).ToDays(), 0);
  EXPECT_EQ((Date{2000, 3, 1}).ToDays(), 11017);
  EXPECT_EQ((Date{1969, 12, 31}).ToDays(), -1);
  EXPECT_EQ(Date::FromDays(19053), (Date{2022, 3, 2}));
}

TEST(Date, WeekdayMondayIsZero) {
  EXPECT_EQ((Date{2022, 3, 2}).Weekday(), 2);   // Wednesday
  EXPECT_EQ((Date{2022, 2, 28}).Weekday(), 0);  // Monday
  EXPECT_EQ((Date{2022, 3, 6}).Weekday(), 6);   // Sunday
  EXPECT_EQ((Date{1969, 12, 29}).Weekday(), 0); // Monday before the epoch
}

TEST(Date, Formats) {
  EXPECT_EQ((Date{2022, 3, 2}).ToIso(), "2022-03-02");
  EXPECT_EQ((Date{2022, 3, 2}).ToLong(), "2 March 2022");
  EXPECT_EQ((Date{2022, 12, 31}).ToLong(), "31 December 2022");
  EXPECT_EQ((Date{2022, 2, 27}).AddDays(3), (Date{2022, 3, 2}));
}

TEST(Date, Validity) {
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2022, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(2022, 13, 1));
  EXPECT_FALSE(IsValidDate(2022, 4, 31));
  EXPECT_EQ(DaysInMonth(2022, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2022, 0), 0);
}

TEST(Date, ParseIso) {
  EXPECT_EQ(ParseIsoDate("2022-03-02"), (Date{2022, 3, 2}));
  EXPECT_EQ(ParseIsoDate("2022-03-02T10:00:00Z"), (Date{2022, 3, 2}));
  EXPECT_EQ(ParseIsoDate("2022-03-02T10:00:00+02:00"), (Date{2022, 3, 2}));
  EXPECT_EQ(ParseIsoDate("20220125T090000Z"), (Date{2022, 1, 25}));
  EXPECT_EQ(ParseIsoDate("20220125"), (Date{2022, 1, 25}));
  EXPECT_EQ(ParseIsoDate(" 2022-03-02\n"), (Date{2022, 3, 2}));
  EXPECT_FALSE(ParseIsoDate("2022-02-30"));
  EXPECT_FALSE(ParseIsoDate("2022-3-2"));
  EXPECT_FALSE(ParseIsoDate("2022-03-02junk"));
  EXPECT_FALSE(ParseIsoDate("2022-03-02T25:00:00"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_FALSE(ParseIsoDate("yesterday"));
}

}  // namespace
}  // namespace sitrep
