#include "eval/csv.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(CsvTest, QuotesCommasAndNewLines) {
  const auto rows = ParseCsv(
      "\xEF\xBB\xBF"
      "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,,6");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "a");
  ASSERT_EQ(rows[1].size(), 3u);
  EXPECT_EQ(rows[1][1], "x, \"y\"\nz");
  EXPECT_EQ(rows[2][1], "");
  EXPECT_EQ(rows[2][2], "6");
}

TEST(CsvTest, UnterminatedQuoteDoesNotCrash) {
  const auto rows = ParseCsv("a,\"b\nc");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][1], "b\nc");
}

}  // namespace
}  // namespace sitrep::eval
