#include "gazetteer/fold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "gazetteer/skeleton.h"

namespace sitrep::gazetteer {
namespace {

TEST(FoldKey, LowerCasesAndStripsDiacritics) {
  EXPECT_EQ(FoldKey("Kharkiv"), "kharkiv");
  EXPECT_EQ(FoldKey("Charków"), "charkow");
  EXPECT_EQ(FoldKey("Mikołajów"), "mikolajow");
  EXPECT_EQ(FoldKey("Düsseldorf"), "dusseldorf");
}

TEST(FoldKey, RemovesApostrophesAndUnifiesSeparators) {
  EXPECT_EQ(FoldKey("Khar'kov"), "kharkov");
  EXPECT_EQ(FoldKey("Khar’kov"), "kharkov");
  EXPECT_EQ(FoldKey("Zolote-5"), "zolote 5");
  EXPECT_EQ(FoldKey("  Bila   Tserkva "), "bila tserkva");
  EXPECT_EQ(FoldKey("Ivano–Frankivsk"), "ivano frankivsk");
  EXPECT_EQ(FoldKey("U.S."), "us");
}

TEST(FoldKey, FoldsCyrillicAndSurvivesBadBytes) {
  EXPECT_EQ(FoldKey("Харків"), "харків");
  EXPECT_EQ(FoldKey(std::string("Kh\xffkiv")), "khkiv");
  EXPECT_EQ(FoldKey(""), "");
}

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(EditDistance("kharkiv", "kharkiv"), 0u);
  EXPECT_EQ(EditDistance("kharkiv", "kharkov"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("kolosiane", "kolosyane"), 1u);
}

TEST(SkeletonRules, OneKeyAcrossRomanisations) {
  auto rules = SkeletonRules::Load(std::string(SITREP_REPO_DATA_DIR) + "/place_skeleton.tsv");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  auto has = [&](const std::string& name, const std::string& key) {
    auto keys = rules->Keys(FoldKey(name));
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  // Ukrainian official, Russian BGN, Polish: one skeleton.
  EXPECT_TRUE(has("Ternuvakha", "~trnvh"));
  EXPECT_TRUE(has("Ternovakha", "~trnvh"));
  EXPECT_TRUE(has("Kharkiv", "~hrkv"));
  EXPECT_TRUE(has("Charkow", "~hrkv"));
  EXPECT_TRUE(has("Zaporizhzhia", "~zprz"));
  EXPECT_TRUE(has("Zaporozhye", "~zprz"));
  EXPECT_TRUE(has("Zolote-5", "~zlt 5"));
  // Different places keep different skeletons; too short a name gives no key at all.
  EXPECT_FALSE(has("Kherson", "~hrkv"));
  EXPECT_TRUE(rules->Keys(FoldKey("Kyiv")).empty());
}

}  // namespace
}  // namespace sitrep::gazetteer
