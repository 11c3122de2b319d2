// Quality gates: every public set scored in-process; each score in floors.tsv must stay at or
// above its floor. Skips when ../shared (the benchmark data) is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "eval/acled.h"
#include "eval/geo.h"
#include "eval/gold.h"
#include "eval/muc4.h"
#include "eval/news.h"
#include "eval/osint.h"
#include "eval/wikievents.h"
#include "lexicon/tsv.h"
#include "sitrep/sitrep.h"
#include "testing/testing.h"

namespace sitrep::eval {
namespace {

struct Floor {
  std::string set;
  std::string metric;  // a JSON pointer into the scorer's report, "/detection/f1"
  double floor = 0;
  std::string comment;
};

std::vector<Floor> Floors() {
  const std::string path = sitrep::testing::SourceDir() + "/tests/quality/floors.tsv";
  auto rows = lexicon::ReadTsv(path, 3);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<Floor> floors;
  if (!rows.ok()) return floors;
  for (const lexicon::TsvRow& row : *rows) {
    const auto value = ParseDouble(row[2]);
    EXPECT_TRUE(value) << "floors.tsv: not a number: " << row[2];
    if (value) floors.push_back({row[0], row[1], *value, row.size() > 3 ? row[3] : ""});
  }
  return floors;
}

EvalOptions Options() {
  EvalOptions options;
  options.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return options;
}

ExtractFn Extractor() {
  const Model& model = sitrep::testing::TestModel();
  return [&model](const Document& d) { return Extract(model, d); };
}

PlacesFn PlaceFinder() {
  const Model& model = sitrep::testing::TestModel();
  return [&model](const Document& d) { return FindPlaces(model, d); };
}

// Checks every floor of `set` against `scores`; a floor naming a missing metric fails.
void CheckFloors(const std::string& set, const EvalReport& report) {
  int checked = 0;
  for (const Floor& f : Floors()) {
    if (f.set != set) continue;
    ++checked;
    const nlohmann::ordered_json::json_pointer pointer(f.metric);
    ASSERT_TRUE(report.scores.contains(pointer)) << set << ": no metric " << f.metric;
    const double value = report.scores.at(pointer).get<double>();
    EXPECT_GE(value, f.floor) << set << " " << f.metric << " fell to " << value << " (floor "
                              << f.floor << "; " << f.comment << ")";
  }
  EXPECT_GT(checked, 0) << "floors.tsv has no floor for " << set;
  std::cout << "[ scores   ] " << set << ": " << report.scores.dump() << "\n";
}

TEST(QualityTest, Acled) {
  SITREP_REQUIRE_SHARED(shared);
  auto set =
      ReadAcled(shared + "/data/acled/acled_ukraine_2022Q1.csv", PublishedFrom::kEventDatePlus3);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const PlacesFn places = PlaceFinder();
  const EvalReport report = ScoreAcled(*set, Extractor(), &places, Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("acled", report);
}

TEST(QualityTest, SeedGold) {
  SITREP_REQUIRE_SHARED(shared);
  auto article = ReadGoldArticle(shared + "/fixtures/seed/gold.json");
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  const EvalReport report = ScoreGold({*article}, Extractor(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("seed", report);
}

// The 40 news articles hand-coded in bench/news_review (texts from the shared news set).
TEST(QualityTest, NewsReview) {
  SITREP_REQUIRE_SHARED(shared);
  auto texts = ReadArticleTexts(shared + "/data/news/gdelt_ukraine_articles.jsonl");
  ASSERT_TRUE(texts.ok()) << texts.status().ToString();
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(
           sitrep::testing::SourceDir() + "/bench/news_review/gold")) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_EQ(paths.size(), 40u);
  std::vector<GoldArticle> articles;
  for (const auto& path : paths) {
    auto article = ReadGoldArticle(path, *texts);
    ASSERT_TRUE(article.ok()) << path << ": " << article.status().ToString();
    articles.push_back(std::move(*article));
  }
  const EvalReport report = ScoreGold(articles, Extractor(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("news_review", report);
}

TEST(QualityTest, Muc4) {
  SITREP_REQUIRE_SHARED(shared);
  auto documents = ReadMuc4(shared + "/data/muc4");
  ASSERT_TRUE(documents.ok()) << documents.status().ToString();
  const EvalReport report = ScoreMuc4(*documents, Extractor(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("muc4", report);
}

TEST(QualityTest, WikiEvents) {
  SITREP_REQUIRE_SHARED(shared);
  auto documents = ReadWikiEvents(shared + "/data/wikievents/dev.jsonl");
  ASSERT_TRUE(documents.ok()) << documents.status().ToString();
  const EvalReport report = ScoreWikiEvents(*documents, Extractor(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("wikievents", report);
}

void Geo(const std::string& shared, const std::string& file, const std::string& set_name) {
  auto set = ReadGeoXml(shared + "/data/geoparsing/" + file);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const EvalReport report = ScoreGeo(*set, PlaceFinder(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors(set_name, report);
}

TEST(QualityTest, GeoWebNews) {
  SITREP_REQUIRE_SHARED(shared);
  Geo(shared, "GWN.xml", "gwn");
}

TEST(QualityTest, Lgl) {
  SITREP_REQUIRE_SHARED(shared);
  Geo(shared, "lgl.xml", "lgl");
}

TEST(QualityTest, GeoVirus) {
  SITREP_REQUIRE_SHARED(shared);
  Geo(shared, "GeoVirus.xml", "geovirus");
}

TEST(QualityTest, Osint) {
  SITREP_REQUIRE_SHARED(shared);
  auto set = ReadOsintCsv(shared + "/data/osint/cir_monitor_events_2022.csv");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const EvalReport report = ScoreOsint(*set, PlaceFinder(), Options());
  EXPECT_EQ(report.failed_documents, 0u);
  CheckFloors("osint", report);
}

TEST(QualityTest, News) {
  SITREP_REQUIRE_SHARED(shared);
  auto set = ReadNewsJsonl(shared + "/data/news/gdelt_ukraine_articles.jsonl");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const EvalReport report = ScoreNews(*set, Extractor(), Options());
  // No gold: every article must go through and every incident must be well formed.
  EXPECT_EQ(report.failed_documents, 0u);
  EXPECT_EQ(report.scores["invalid_incidents"], 0);
  std::cout << "[ scores   ] news: " << report.scores.dump() << "\n";
}

}  // namespace
}  // namespace sitrep::eval
