#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analysed_text.h"
#include "text/segmenter_tables.h"

namespace sitrep::text {
namespace {

SegmenterTables Tables() {
  SegmenterTables tables;
  tables.abbreviations = {"mr", "gen", "dr"};
  tables.boilerplate = {"see the video "};
  return tables;
}

std::vector<std::string> Tokens(const AnalysedText& t) {
  std::vector<std::string> out;
  for (std::uint32_t i = 0; i < t.tokens.size(); ++i) out.emplace_back(t.TokenText(i));
  return out;
}

TEST(AnalyseTest, SplitsPossessivesAndKeepsInnerHyphens) {
  auto t = Analyse("Ukraine's Zolote-5 and the forces' 40-mile convoy.", Tables());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(Tokens(*t), (std::vector<std::string>{"Ukraine", "'s", "Zolote-5", "and", "the",
                                                   "forces", "'", "40-mile", "convoy", "."}));
  EXPECT_EQ(t->tokens[1].kind, TokenKind::kPossessive);
  EXPECT_EQ(t->tokens[6].kind, TokenKind::kPossessive);
  EXPECT_TRUE(t->tokens[0].capitalised);
  EXPECT_FALSE(t->tokens[3].capitalised);
}

TEST(AnalyseTest, NumbersKeepSeparators) {
  auto t = Analyse("About 1,000 fled on 14.04.2022 at 10:30, and 21 died.", Tables());
  ASSERT_TRUE(t.ok());
  auto tokens = Tokens(*t);
  EXPECT_EQ(tokens[1], "1,000");
  EXPECT_EQ(t->tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[4], "14.04.2022");
  EXPECT_EQ(tokens[6], "10:30");
  EXPECT_EQ(tokens[7], ",");
}

TEST(AnalyseTest, UnifiesQuotesAndMapsOffsetsBack) {
  const std::string original = "He said \xE2\x80\x9Cwar crime\xE2\x80\x9D today.";
  auto t = Analyse(original, Tables());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->text, "He said \"war crime\" today.");
  // "today" in the normalised text maps to "today" in the original.
  const auto norm = t->text.find("today");
  const auto orig = t->OriginalOffset(static_cast<std::uint32_t>(norm));
  EXPECT_EQ(original.substr(orig, 5), "today");
  EXPECT_EQ(t->OriginalOffset(static_cast<std::uint32_t>(t->text.size())), original.size());
}

TEST(AnalyseTest, SentencesRespectAbbreviationsAndInitialisms) {
  auto t = Analyse("Mr. Smith met Gen. Ivanov in the U.S. capital. They talked. \"It went well.\" He left.",
                   Tables());
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->sentences.size(), 4u);
  EXPECT_EQ(t->Slice(t->sentences[0].begin, t->sentences[0].end),
            "Mr. Smith met Gen. Ivanov in the U.S. capital.");
  EXPECT_EQ(t->Slice(t->sentences[2].begin, t->sentences[2].end), "\"It went well.\"");
}

TEST(AnalyseTest, ParagraphsAtBlankLinesAndTerminatedLines) {
  auto t = Analyse("Title line\nFirst paragraph here. Still first.\n\nSecond one.\nThird one.",
                   Tables());
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->paragraphs.size(), 4u);
  EXPECT_EQ(t->Slice(t->paragraphs[0].begin, t->paragraphs[0].end), "Title line");
  EXPECT_EQ(t->paragraphs[1].end_sentence - t->paragraphs[1].first_sentence, 2u);
  EXPECT_EQ(t->sentences.back().paragraph, 3u);
}

TEST(AnalyseTest, HardWrappedLinesStayOneSentence) {
  auto t = Analyse(
      "THE ARMY REPORTED THAT A GROUP OF MEN ATTACKED THE POWER STATION IN THE NORTHERN PART\n"
      "OF THE COUNTRY LAST NIGHT.",
      Tables());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->sentences.size(), 1u);
}

TEST(AnalyseTest, MarksRepeatedSentencesAndBoilerplate) {
  auto t = Analyse(
      "Officials shared footage of the burning building on Monday.\n\n"
      "The strike destroyed the depot. Officials shared footage of the burning building on "
      "Monday.\n\nSee the video here\n\nDone.",
      Tables());
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->sentences.size(), 5u);
  EXPECT_FALSE(t->sentences[0].skip);
  EXPECT_FALSE(t->sentences[1].skip);
  EXPECT_TRUE(t->sentences[2].skip);
  EXPECT_TRUE(t->sentences[3].skip);
  EXPECT_FALSE(t->sentences[4].skip);
}

TEST(AnalyseTest, SkipsAHeadingInCapitalsOnlyInTextWrittenInLowerCase) {
  auto t = Analyse(
      "Officials met in the capital on Monday to discuss the harvest.\n\n"
      "ARMY DEPOT HIT BY BLASTS DAYS AFTER A BRIDGE FALLS\n\n"
      "The talks went on into the evening, NATO said.",
      Tables());
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->sentences.size(), 3u);
  EXPECT_FALSE(t->sentences[0].skip);
  EXPECT_TRUE(t->sentences[1].skip);
  EXPECT_FALSE(t->sentences[2].skip);  // an acronym in a sentence of lower case stays
  // Wire copy in capitals throughout keeps every paragraph.
  auto wire =
      Analyse("OFFICIALS MET IN THE CAPITAL ON MONDAY.\n\nARMY DEPOT HIT BY BLASTS, THE ARMY SAID.",
              Tables());
  ASSERT_TRUE(wire.ok());
  ASSERT_EQ(wire->sentences.size(), 2u);
  EXPECT_FALSE(wire->sentences[0].skip);
  EXPECT_FALSE(wire->sentences[1].skip);
}

TEST(AnalyseTest, RejectsInvalidUtf8WithOffset) {
  auto t = Analyse(std::string("fine text \xC3\x28 more"), Tables());
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(t.status().offset(), 10u);
}

TEST(AnalyseTest, RejectsBinary) {
  std::string binary = "PK";
  binary += '\0';
  binary += "\x03\x04";
  EXPECT_FALSE(Analyse(binary, Tables()).ok());
}

TEST(AnalyseTest, ComposesToNfc) {
  // "Charko" + combining acute on the o... use e + U+0301 -> é.
  auto t = Analyse("Caf\x65\xCC\x81 opened.", Tables());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->TokenText(0), "Caf\xC3\xA9");
  EXPECT_EQ(t->OriginalOffset(t->tokens[1].begin), 7u);
}

}  // namespace
}  // namespace sitrep::text
