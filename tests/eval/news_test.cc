#include "eval/news.h"

#include <gtest/gtest.h>

#include "eval/test_util.h"

namespace sitrep::eval {
namespace {

using testing::FromTable;

constexpr const char* kNews =
    R"({"id": "a", "seendate_utc": "20220125T090000Z", "text": "Shelling hit Kharkiv."})"
    "\n"
    R"({"id": "b", "published": "2022-02-01", "text": "Talks in Geneva."})"
    "\n"
    R"({"id": "c", "text": "no date"})"
    "\n"
    "not json\n";

TEST(NewsReaderTest, DatesFromSeendate) {
  const NewsSet set = ParseNewsJsonl(kNews);
  ASSERT_EQ(set.documents.size(), 2u);
  EXPECT_EQ(set.bad_lines, 2u);
  EXPECT_EQ(set.documents[0].published, (Date{2022, 1, 25}));
  EXPECT_EQ(set.documents[1].published, (Date{2022, 2, 1}));
}

TEST(NewsScoreTest, VolumeAndValidity) {
  const NewsSet set = ParseNewsJsonl(kNews);
  Incident good;
  good.event_type = "Explosions/Remote violence";
  good.evidence.push_back({0, 8, "Shelling"});
  Incident bad = good;
  bad.evidence[0].text = "Other";
  const EvalReport report = ScoreNews(set, FromTable({{"a", {good, bad}}}), EvalOptions());
  const Json& s = report.scores;
  EXPECT_EQ(s["incidents"], 2);
  EXPECT_EQ(s["invalid_incidents"], 1);
  EXPECT_DOUBLE_EQ(s["articles_with_incident"].get<double>(), 0.5);
  EXPECT_EQ(s["incidents_per_article_histogram"]["2"], 1);
  EXPECT_EQ(s["failed_documents"], 0);
}

}  // namespace
}  // namespace sitrep::eval
