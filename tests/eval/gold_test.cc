#include "eval/gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/test_util.h"
#include "testing/testing.h"

namespace sitrep::eval {
namespace {

using testing::FromTable;
using testing::MakeIncident;

constexpr const char* kGold = R"({
  "document": "doc.txt",
  "published": "2022-03-02",
  "incidents": [
    {"id": "a", "required": true, "event_type": "Explosions/Remote violence",
     "sub_event_type": "Shelling/artillery/missile attack", "date": "2022-03-02",
     "location": {"name": "Kharkiv", "lat": 49.9935, "lon": 36.2304}},
    {"id": "b", "required": true, "event_type": "Strategic developments",
     "sub_event_type": "Non-violent transfer of territory",
     "alternative_types": [["Battles", "Armed clash"]], "date": "2022-03-02",
     "location": {"name": "Kherson", "lat": 46.6354, "lon": 32.6169}},
    {"id": "c", "required": false, "event_type": "Strategic developments",
     "sub_event_type": "Other", "date": null,
     "location": {"name": "Kyiv", "lat": 50.4501, "lon": 30.5234}}
  ],
  "must_not_report": ["an incident in Belarus"]
})";

TEST(GoldReaderTest, Parses) {
  auto article = ParseGoldArticle(kGold, "text", "doc");
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->document.published, (Date{2022, 3, 2}));
  ASSERT_EQ(article->incidents.size(), 3u);
  EXPECT_EQ(article->incidents[1].types.size(), 2u);
  EXPECT_FALSE(article->incidents[2].required);
  EXPECT_FALSE(article->incidents[2].date);
  EXPECT_EQ(article->must_not_report.size(), 1u);
  EXPECT_FALSE(ParseGoldArticle("[1]", "text", "doc").ok());
  EXPECT_FALSE(ParseGoldArticle("{\"incidents\": []}", "text", "doc").ok());
}

TEST(GoldScoreTest, RequiredOptionalAndFalsePositives) {
  auto article = ParseGoldArticle(kGold, "text", "doc");
  ASSERT_TRUE(article.ok());
  const auto extract =
      FromTable({{"doc",
                  {
                      // a: right type, place, date.
                      MakeIncident("2022-03-02", "Explosions/Remote violence",
                                   "Shelling/artillery/missile attack", 50.0, 36.2),
                      // b via an alternative type.
                      MakeIncident("2022-03-02", "Battles", "Armed clash", 46.6, 32.6),
                      // c: optional, any date.
                      MakeIncident("2022-02-27", "Strategic developments", "Other", 50.45, 30.52),
                      // A duplicate of a: a false positive.
                      MakeIncident("2022-03-02", "Explosions/Remote violence",
                                   "Shelling/artillery/missile attack", 50.0, 36.2),
                      // Wrong date for a.
                      MakeIncident("2022-03-01", "Explosions/Remote violence",
                                   "Shelling/artillery/missile attack", 50.0, 36.2),
                  }}});
  EvalOptions options;
  options.collect_errors = true;
  const EvalReport report = ScoreGold({*article}, extract, options);
  const Json& s = report.scores;
  EXPECT_EQ(s["required"], 2);
  EXPECT_EQ(s["required_found"], 2);
  EXPECT_EQ(s["optional_found"], 1);
  EXPECT_EQ(s["false_positives"], 2);
  EXPECT_DOUBLE_EQ(s["incidents"]["precision"].get<double>(), 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(s["incidents"]["recall"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(s["exact_type_of_matched"].get<double>(), 2.0 / 3.0);
  EXPECT_EQ(report.errors.size(), 2u);
}

TEST(GoldReaderTest, ReadsTheDocumentBesideTheJson) {
  const auto dir = std::filesystem::temp_directory_path() / "sitrep_eval_gold_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "gold.json") << kGold;
  std::ofstream(dir / "doc.txt") << "Shelling hit Kharkiv.";
  auto article = ReadGoldArticle((dir / "gold.json").string());
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->document.id, "doc");
  EXPECT_EQ(article->document.text, "Shelling hit Kharkiv.");
  std::filesystem::remove(dir / "doc.txt");
  EXPECT_FALSE(ReadGoldArticle((dir / "gold.json").string()).ok());
  std::filesystem::remove_all(dir);
}

TEST(GoldScoreTest, NothingFound) {
  auto article = ParseGoldArticle(kGold, "text", "doc");
  ASSERT_TRUE(article.ok());
  const EvalReport report = ScoreGold({*article}, FromTable({}), EvalOptions());
  EXPECT_EQ(report.scores["required_found"], 0);
  EXPECT_EQ(report.scores["incidents"]["f1"], 0.0);
}

std::string ArticlesDir() {
  return ::sitrep::testing::SourceDir() + "/tests/eval/data/gold_articles";
}

TEST(GoldArticlesTest, ParsesTextsById) {
  auto texts = ParseArticleTexts(
      "{\"id\": \"a\", \"text\": \"one\"}\n\n{\"text\": \"no id\"}\nnot json\n"
      "{\"id\": \"b\", \"text\": \"two\", \"seendate_utc\": \"20220310T080000Z\"}\n");
  ASSERT_TRUE(texts.ok()) << texts.status().ToString();
  ASSERT_EQ(texts->size(), 2u);
  EXPECT_EQ(texts->at("a"), "one");
  EXPECT_EQ(texts->at("b"), "two");
  // The same id twice: which text a gold file means is unknown.
  EXPECT_FALSE(ParseArticleTexts("{\"id\": \"a\", \"text\": \"one\"}\n"
                                 "{\"id\": \"a\", \"text\": \"other\"}\n")
                   .ok());
}

TEST(GoldArticlesTest, ReadsTheTextFromTheArticlesFile) {
  auto texts = ReadArticleTexts(ArticlesDir() + "/articles.jsonl");
  ASSERT_TRUE(texts.ok()) << texts.status().ToString();
  EXPECT_EQ(texts->size(), 2u);
  auto article = ReadGoldArticle(ArticlesDir() + "/strike-1.json", *texts);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->document.id, "strike-1");
  EXPECT_EQ(article->document.text,
            "Russian artillery shelled Kharkiv on Thursday, officials said.");
  EXPECT_EQ(article->document.published, (Date{2022, 3, 10}));
  EXPECT_EQ(article->category, "incident");
  // Without the articles file the document is looked for beside the JSON, and is not there.
  EXPECT_FALSE(ReadGoldArticle(ArticlesDir() + "/strike-1.json").ok());
  // An id the articles file does not hold.
  const ArticleTexts other = {{"strike-2", "text"}};
  const auto missing = ReadGoldArticle(ArticlesDir() + "/strike-1.json", other);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(ReadArticleTexts(ArticlesDir() + "/absent.jsonl").ok());
}

TEST(GoldScoreTest, ScoresPerCategory) {
  auto texts = ReadArticleTexts(ArticlesDir() + "/articles.jsonl");
  ASSERT_TRUE(texts.ok());
  auto strike = ReadGoldArticle(ArticlesDir() + "/strike-1.json", *texts);
  auto talks = ReadGoldArticle(ArticlesDir() + "/talks-1.json", *texts);
  ASSERT_TRUE(strike.ok() && talks.ok());
  const auto extract = FromTable(
      {{"strike-1",
        {MakeIncident("2022-03-10", "Explosions/Remote violence",
                      "Shelling/artillery/missile attack", 49.99, 36.23),
         MakeIncident("2022-03-10", "Battles", "Armed clash", 49.99, 36.23)}},
       {"talks-1",
        {MakeIncident("2022-03-10", "Strategic developments", "Agreement", 36.9, 30.7)}}});
  const EvalReport report = ScoreGold({*strike, *talks}, extract, EvalOptions());
  const Json& s = report.scores;
  EXPECT_EQ(s["predicted"], 3);
  EXPECT_EQ(s["false_positives"], 2);
  ASSERT_TRUE(s.contains("by_category"));
  const Json& incident = s["by_category"]["incident"];
  EXPECT_EQ(incident["documents"], 1);
  EXPECT_EQ(incident["required_found"], 1);
  EXPECT_EQ(incident["false_positives"], 1);
  EXPECT_DOUBLE_EQ(incident["precision"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(incident["recall"].get<double>(), 1.0);
  const Json& political = s["by_category"]["political"];
  EXPECT_EQ(political["predicted"], 1);
  EXPECT_EQ(political["false_positives"], 1);
  EXPECT_DOUBLE_EQ(political["precision"].get<double>(), 0.0);
  EXPECT_TRUE(political["recall"].is_null());  // no required incident: undefined, not 0
  EXPECT_EQ(s["articles"][1]["category"], "political");
}

TEST(GoldScoreTest, NoCategoriesNoBreakdown) {
  auto article = ParseGoldArticle(kGold, "text", "doc");
  ASSERT_TRUE(article.ok());
  const EvalReport report = ScoreGold({*article}, FromTable({}), EvalOptions());
  EXPECT_FALSE(report.scores.contains("by_category"));
  EXPECT_FALSE(report.scores["articles"][0].contains("category"));
}

}  // namespace
}  // namespace sitrep::eval
