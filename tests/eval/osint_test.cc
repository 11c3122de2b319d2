#include "eval/osint.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

// Invented rows in the monitor's layout: a town near its point, a town placed far away, a row
// without a town, and a row without coordinates.
constexpr const char* kCsv =
    "entry,date,title,brief description,lat,lon,country,province,district,town/city\n"
    "A1,2022-03-01,Shelling of Alphaville,Shelling of Alphaville,50.00,30.00,Ukraine,North,,"
    "Alphaville\n"
    "A2,2022-03-02,Convoy seen,Convoy seen near Betatown,50.00,30.00,Ukraine,,,Betatown\n"
    "A3,2022-03-03,Movement of logistics,Movement of logistics,51.00,31.00,Russia,,,\n"
    "A4,2022-03-04,No point,No point,,,Ukraine,,,Gammaton\n";

// A places stage that knows Alphaville at its point and Betatown 200 km away.
Result<std::vector<PlaceMention>> FakePlaces(const Document& document) {
  std::vector<PlaceMention> out;
  auto add = [&](const std::string& name, double lat) {
    const std::size_t at = document.text.find(name);
    if (at == std::string::npos) return;
    PlaceMention m;
    m.start = at;
    m.end = at + name.size();
    m.name = name;
    m.latitude = lat;
    m.longitude = 30.0;
    out.push_back(m);
  };
  add("Alphaville", 50.01);
  add("Betatown", 51.8);
  return out;
}

TEST(OsintTest, ReadsRowsWithADateAndAPoint) {
  auto set = ParseOsintCsv(kCsv);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->rows.size(), 3u);
  EXPECT_EQ(set->skipped, 1u);
  EXPECT_EQ(set->rows[0].id, "A1");
  EXPECT_EQ(set->rows[0].description, "Shelling of Alphaville");
  EXPECT_EQ(set->rows[1].description, "Convoy seen. Convoy seen near Betatown");
  EXPECT_EQ(set->rows[2].town, "");
  EXPECT_FALSE(ParseOsintCsv("date,title\n2022-01-01,x\n").ok());
}

TEST(OsintTest, NamesAndDescriptionsScoredWithin25Km) {
  auto set = ParseOsintCsv(kCsv);
  ASSERT_TRUE(set.ok());
  EvalOptions options;
  options.collect_errors = true;
  const EvalReport report = ScoreOsint(*set, FakePlaces, options);
  const Json& s = report.scores;
  EXPECT_EQ(s["name"]["rows"], 2);
  EXPECT_DOUBLE_EQ(s["name"]["known"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(s["name"]["accuracy_25km"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s["name"]["accuracy_161km"].get<double>(), 0.5);
  // Descriptions: Alphaville's names it within 25 km, Betatown's far off, the third none.
  EXPECT_EQ(s["description"]["rows"], 3);
  EXPECT_NEAR(s["description"]["with_a_place"].get<double>(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s["description"]["a_place_within_25km"].get<double>(), 1.0 / 3, 1e-9);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0]["doc"], "A2");
  EXPECT_EQ(report.errors[0]["kind"], "far");
}

}  // namespace
}  // namespace sitrep::eval
