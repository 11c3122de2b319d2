#include "eval/report_table.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(ReportTableTest, RowsSectionsAndConfusion) {
  Json scores;
  scores["set"] = "x";
  scores["detection"] = Counts{1, 1, 0}.ToJson();
  scores["matched"] = Json{{"date_exact", 0.25}};
  scores["confusion"] = Json{{"A", Json{{"A", 5}, {"B", 2}}}};
  scores["articles"] = Json::array({1, 2});
  const std::string table = FormatTable(scores);
  EXPECT_NE(table.find("P 0.500  R 1.000  F1 0.667  (tp 1 fp 1 fn 0)"), std::string::npos);
  EXPECT_NE(table.find("date_exact"), std::string::npos);
  EXPECT_NE(table.find("0.250"), std::string::npos);
  EXPECT_NE(table.find("A -> B: 2"), std::string::npos);
  EXPECT_EQ(table.find("A -> A"), std::string::npos);
  EXPECT_EQ(table.find("articles"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::eval
