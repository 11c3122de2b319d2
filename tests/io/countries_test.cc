#include "io/countries.h"

#include <gtest/gtest.h>

namespace sitrep::io {
namespace {

TEST(CountriesTest, KnowsUkraineAndItsNeighbours) {
  auto ukraine = LookupCountry("UA");
  ASSERT_TRUE(ukraine.has_value());
  EXPECT_EQ(ukraine->numeric, 804);
  EXPECT_EQ(ukraine->region, "Europe");
  EXPECT_EQ(LookupCountry("ru")->numeric, 643);
  EXPECT_EQ(LookupCountry("GE")->region, "Caucasus and Central Asia");
  EXPECT_EQ(LookupCountry("SY")->region, "Middle East");
  EXPECT_EQ(LookupCountry("US")->numeric, 840);
}

TEST(CountriesTest, RejectsUnknownCodes) {
  EXPECT_FALSE(LookupCountry("").has_value());
  EXPECT_FALSE(LookupCountry("ZZ").has_value());
  EXPECT_FALSE(LookupCountry("UKR").has_value());
}

}  // namespace
}  // namespace sitrep::io
