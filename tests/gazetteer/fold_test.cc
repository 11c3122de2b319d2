#include "gazetteer/fold.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sitrep::gazetteer
