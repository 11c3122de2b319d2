#include "time/time_expressions.h"

#include <gtest/gtest.h>

#include <string>

#include "text/analysed_text.h"
#include "time/test_tables.h"

namespace sitrep::time {
namespace {

const Date kWed{2022, 3, 2};

struct Annotated {
  text::AnalysedText text;
  std::vector<TimeExpression> found;
  std::string Span(std::size_t k) const {
    return std::string(text.TokenRange(found[k].first_token, found[k].end_token));
  }
};

Annotated AnnotateText(const std::string& s, const Date& published = kWed) {
  auto analysed = text::Analyse(s, testing::Segmenter());
  EXPECT_TRUE(analysed.ok());
  Annotated a{std::move(*analysed), {}};
  a.found = Annotate(a.text, published, testing::Tables());
  return a;
}

TEST(Annotate, SeedSentencesResolveAgainstTheWednesdayInFocus) {
  auto a = AnnotateText(
      "It was confirmed on Wednesday that shelling destroyed the police building.\n\n"
      "This incident comes a day after the forces destroyed the administration building.\n\n"
      "Officials did not address deaths from Tuesday's strike.");
  ASSERT_EQ(a.found.size(), 3u);
  EXPECT_EQ(a.Span(0), "on Wednesday");
  EXPECT_EQ(a.found[0].kind, TimeKind::kWeekday);
  EXPECT_EQ(a.found[0].date, kWed);
  EXPECT_FALSE(a.found[0].anchored);
  EXPECT_EQ(a.Span(1), "a day after");
  EXPECT_TRUE(a.found[1].anchored);
  EXPECT_EQ(a.found[1].date, (Date{2022, 3, 1}));
  EXPECT_EQ(a.Span(2), "Tuesday");
  EXPECT_EQ(a.found[2].date, (Date{2022, 3, 1}));
  for (const auto& e : a.found) EXPECT_FALSE(e.future);
}

TEST(Annotate, AnchorFollowsTheLastResolvedDay) {
  auto a = AnnotateText("The town was shelled on 20 February.\n\nFive days later, troops withdrew.");
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.found[1].date, (Date{2022, 2, 25}));
  EXPECT_TRUE(a.found[1].anchored);
  // Without a preceding day the anchor is the publication date; a past act counted forward from
  // it cannot be later, so it is the report's day at precision 2 (ACLED's fallback).
  auto b = AnnotateText("The next day, troops withdrew.");
  ASSERT_EQ(b.found.size(), 1u);
  EXPECT_EQ(b.found[0].date, kWed);
  EXPECT_EQ(b.found[0].precision, 2);
  EXPECT_FALSE(b.found[0].future);
  // Announced for later, it stays ahead.
  auto c = AnnotateText("The next day, troops will withdraw.");
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(c.found[0].date, (Date{2022, 3, 3}));
  EXPECT_TRUE(c.found[0].future);
  // Counting back from publication needs no correction.
  auto d = AnnotateText("A day earlier, troops withdrew.");
  ASSERT_EQ(d.found.size(), 1u);
  EXPECT_EQ(d.found[0].date, (Date{2022, 3, 1}));
  EXPECT_EQ(d.found[0].precision, 1);
}

TEST(Annotate, SpansCarryTheirRange) {
  auto a = AnnotateText("Fighting raged between Saturday and Monday.");
  ASSERT_EQ(a.found.size(), 1u);
  EXPECT_EQ(a.Span(0), "between Saturday and Monday");
  EXPECT_EQ(a.found[0].kind, TimeKind::kSpan);
  EXPECT_EQ(a.found[0].range_first, (Date{2022, 2, 26}));
  EXPECT_EQ(a.found[0].range_last, (Date{2022, 2, 28}));
  EXPECT_EQ(a.found[0].date, (Date{2022, 2, 27}));
  EXPECT_EQ(a.found[0].precision, 2);
}

TEST(Annotate, LastWeekIsItsWednesday) {
  auto a = AnnotateText("Saboteurs attacked a rail line last week.");
  ASSERT_EQ(a.found.size(), 1u);
  EXPECT_EQ(a.found[0].date, (Date{2022, 2, 23}));
  EXPECT_EQ(a.found[0].range_first, (Date{2022, 2, 21}));
  EXPECT_EQ(a.found[0].range_last, (Date{2022, 2, 27}));
  EXPECT_EQ(a.found[0].precision, 2);
}

TEST(Annotate, OpenSpansAreMarked) {
  auto a = AnnotateText("Since 24 February, 300 civilians have been killed.");
  ASSERT_EQ(a.found.size(), 1u);
  EXPECT_TRUE(a.found[0].open_span);
  EXPECT_EQ(a.found[0].kind, TimeKind::kSpan);
  EXPECT_EQ(a.found[0].range_first, (Date{2022, 2, 24}));
  EXPECT_EQ(a.found[0].range_last, kWed);
  EXPECT_EQ(a.found[0].precision, 3);
  // An open span is not a day in focus for anchored phrases (Monday + 1 would be 1 March).
  auto b = AnnotateText("Since Monday, shelling has continued. The next day, talks opened.");
  ASSERT_EQ(b.found.size(), 2u);
  EXPECT_EQ(b.found[1].date, kWed);
  EXPECT_EQ(b.found[1].precision, 2);
}

TEST(Annotate, HedgedDaysKeepTheDayAtLowerPrecision) {
  auto a =
      AnnotateText("Around 28 March 2022 (month of), soldiers looted the shops.", Date{2022, 4, 2});
  ASSERT_EQ(a.found.size(), 1u);
  EXPECT_EQ(a.Span(0), "Around 28 March 2022 (month of)");
  EXPECT_EQ(a.found[0].date, (Date{2022, 3, 28}));
  EXPECT_EQ(a.found[0].precision, 3);
  auto b = AnnotateText("Shelling hit the port around 14 April.", Date{2022, 4, 18});
  ASSERT_EQ(b.found.size(), 1u);
  EXPECT_EQ(b.Span(0), "around 14 April");
  EXPECT_EQ(b.found[0].date, (Date{2022, 4, 14}));
  EXPECT_EQ(b.found[0].precision, 2);
  // Not touching the day, or the day is a possessive determiner: no hedge.
  EXPECT_EQ(AnnotateText("Around noon on 14 April, a drone fell.", Date{2022, 4, 18})
                .found.at(0)
                .precision,
            1);
  EXPECT_EQ(AnnotateText("Rumours swirled around Tuesday's blast.").found.at(0).precision, 1);
}

TEST(Annotate, ListedDaysAreDaysEachAndBetweenMakesARange) {
  const Date published{2022, 4, 18};
  auto a = AnnotateText("Troops looted the village on 10, 11 and 12 March.", published);
  ASSERT_EQ(a.found.size(), 3u);
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(a.found[k].date, (Date{2022, 3, 10 + static_cast<int>(k)}));
    EXPECT_EQ(a.found[k].precision, 1);
  }
  EXPECT_EQ(a.Span(0), "on 10");
  EXPECT_EQ(a.Span(2), "12 March");
  auto c = AnnotateText("Troops looted the village on March 10, 11 and 12.", published);
  ASSERT_EQ(c.found.size(), 3u);
  EXPECT_EQ(c.Span(1), "11");
  EXPECT_EQ(c.found[2].date, (Date{2022, 3, 12}));
  auto b = AnnotateText("Between 10 and 12 March, troops looted the village.", published);
  ASSERT_EQ(b.found.size(), 1u);
  EXPECT_EQ(b.Span(0), "Between 10 and 12 March");
  EXPECT_EQ(b.found[0].range_first, (Date{2022, 3, 10}));
  EXPECT_EQ(b.found[0].range_last, (Date{2022, 3, 12}));
  EXPECT_EQ(b.found[0].precision, 2);
}

TEST(Annotate, NumericDaysWithoutAYearNeedAPreposition) {
  const Date published{2022, 4, 18};
  EXPECT_EQ(AnnotateText("Shelling resumed on 14.04.", published).found.at(0).date,
            (Date{2022, 4, 14}));
  EXPECT_EQ(AnnotateText("Shelling resumed on 4/14.", published).found.at(0).date,
            (Date{2022, 4, 14}));
  // Day-first with "/" when that reading is nearer publication.
  EXPECT_EQ(AnnotateText("Shelling resumed on 12/04.", published).found.at(0).date,
            (Date{2022, 4, 12}));
  auto amount = AnnotateText("The yield rose to 14.04 in April trading.", published);
  ASSERT_EQ(amount.found.size(), 1u);  // "in April" only
  EXPECT_EQ(amount.Span(0), "April");
  EXPECT_TRUE(AnnotateText("Output fell 1.5 percent.", published).found.empty());
  EXPECT_TRUE(
      AnnotateText("Shelling resumed on 14.4 percent of the front.", published).found.empty());
}

TEST(Annotate, HistoricDaysAreBackground) {
  auto a = AnnotateText("The region was seized on 18 March 2014. Shelling hit it on Monday.");
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_TRUE(a.found[0].historic);
  EXPECT_FALSE(a.found[1].historic);
  // Within a year of publication a day is still news.
  EXPECT_FALSE(
      AnnotateText("The depot burned on 3 April 2021.", Date{2022, 4, 2}).found.at(0).historic);
  EXPECT_TRUE(
      AnnotateText("The depot burned on 31 March 2021.", Date{2022, 4, 2}).found.at(0).historic);
}

TEST(Annotate, NumbersThatAreNotDatesAreLeftAlone) {
  EXPECT_TRUE(AnnotateText("The shelling killed 21 people and left 100 injured so far.").found.empty());
  EXPECT_TRUE(AnnotateText("A 40-mile convoy is advancing in order to encircle the city.").found.empty());
  // Only the year is an expression there, and it is background (historic), not a date.
  const auto brigade = AnnotateText("The 5th Brigade held the line at 5 a.m. in 2014.").found;
  ASSERT_EQ(brigade.size(), 1u);
  EXPECT_TRUE(brigade[0].historic);
}

TEST(Annotate, DayFirstOrMonthFirstByValidityThenCloseness) {
  EXPECT_EQ(AnnotateText("Logged on 04/14/2022.", Date{2022, 4, 18}).found.at(0).date, (Date{2022, 4, 14}));
  EXPECT_EQ(AnnotateText("Logged on 14/04/2022.", Date{2022, 4, 18}).found.at(0).date, (Date{2022, 4, 14}));
  EXPECT_EQ(AnnotateText("Logged on 03/04/2022.", Date{2022, 4, 18}).found.at(0).date, (Date{2022, 4, 3}));
  EXPECT_EQ(AnnotateText("Logged on 03/04/2022.", Date{2022, 3, 5}).found.at(0).date, (Date{2022, 3, 4}));
}

TEST(Annotate, FutureTenseWeekdayIsAhead) {
  auto a = AnnotateText("Officials will meet on Friday.");
  ASSERT_EQ(a.found.size(), 1u);
  EXPECT_TRUE(a.found[0].future);
  EXPECT_EQ(a.found[0].date, (Date{2022, 3, 4}));
  auto b = AnnotateText("Officials met on Friday.");
  ASSERT_EQ(b.found.size(), 1u);
  EXPECT_FALSE(b.found[0].future);
  EXPECT_EQ(b.found[0].date, (Date{2022, 2, 25}));
}

TEST(Annotate, SkippedSentencesAreNotRead) {
  auto analysed = text::Analyse("Shelling hit the city on Monday.", testing::Segmenter());
  ASSERT_TRUE(analysed.ok());
  for (auto& s : analysed->sentences) s.skip = true;
  EXPECT_TRUE(Annotate(*analysed, kWed, testing::Tables()).empty());
}

TEST(Annotate, TokenSpansAreInsideTheText) {
  auto a = AnnotateText("Early on 14 April, and again on the night of 15-16 April, shelling hit.",
               Date{2022, 4, 18});
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.Span(0), "Early on 14 April");
  EXPECT_EQ(a.Span(1), "on the night of 15-16 April");
  EXPECT_EQ(a.found[1].date, (Date{2022, 4, 15}));
  EXPECT_EQ(a.found[1].precision, 1);
}

TEST(TimeTables, MissingDirectoryIsAnError) {
  auto loaded = TimeTables::Load("/nonexistent/sitrep/data");
  EXPECT_FALSE(loaded.ok());
}

TEST(TimeTables, LoadsTheLexicon) {
  const auto& t = testing::Tables();
  EXPECT_EQ(t.months.at("sept"), 9);
  EXPECT_TRUE(t.context_months.contains("may"));
  EXPECT_EQ(t.weekdays.at("sunday"), 6);
  EXPECT_EQ(t.ordinals.at("thirty-first"), 31);
  EXPECT_FALSE(t.phrases.at("<n>").empty());
}

}  // namespace
}  // namespace sitrep::time

namespace sitrep::time {
namespace {

TEST(Annotate, ClausePhraseCountsFromTheDayItsClauseNames) {
  auto a = AnnotateText("A day after the attack on 4 April, the army withdrew.", Date{2022, 4, 18});
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.Span(0), "A day after");
  EXPECT_EQ(a.found[0].date, (Date{2022, 4, 5}));
  EXPECT_EQ(a.found[1].date, (Date{2022, 4, 4}));
  // Mid-sentence with no day in its clause: the clause is a day before the day in focus.
  auto b = AnnotateText("Troops shelled the port on 4 April. It came a day after talks failed.",
                        Date{2022, 4, 18});
  ASSERT_EQ(b.found.size(), 2u);
  EXPECT_EQ(b.found[1].date, (Date{2022, 4, 3}));
}

}  // namespace
}  // namespace sitrep::time

namespace sitrep::time {
namespace {

TEST(Annotate, OnlyAbbreviatedMonthsTakeTheFullStop) {
  auto a = AnnotateText("The bridge was hit on Aug. 20. Talks will resume in June.",
                        Date{2022, 8, 27});
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.Span(0), "on Aug. 20");
  EXPECT_EQ(a.Span(1), "June");
  EXPECT_TRUE(a.found[1].future);
  EXPECT_EQ(a.found[1].date, (Date{2023, 6, 15}));
}

}  // namespace
}  // namespace sitrep::time

namespace sitrep::time {
namespace {

// Every prefix of a sentence dense with time words ends an expression somewhere unexpected;
// spans must stay inside the text and in order whatever is cut.
TEST(Annotate, EveryPrefixYieldsOrderedSpansInsideTheText) {
  const std::string dense =
      "Between Saturday and the night of 13-14 April, since mid-March, on the 5th, Jan. 3, "
      "2022-02-30, 31/02/2022, a day after last Tuesday's strike, two days later, from 1 to 3 "
      "March 2022 and Sunday night into Monday, the Sunday Times said overnight into";
  for (std::size_t cut = 0; cut <= dense.size(); ++cut) {
    auto a = AnnotateText(dense.substr(0, cut));
    std::uint32_t previous_end = 0;
    for (const auto& e : a.found) {
      ASSERT_LT(e.first_token, e.end_token) << cut;
      ASSERT_LE(e.end_token, a.text.tokens.size()) << cut;
      ASSERT_GE(e.first_token, previous_end) << cut;
      ASSERT_LE(e.range_first, e.range_last) << cut;
      ASSERT_TRUE(IsValidDate(e.date.year, e.date.month, e.date.day)) << cut;
      previous_end = e.end_token;
    }
  }
}

}  // namespace
}  // namespace sitrep::time

namespace sitrep::time {
namespace {

TEST(Annotate, YearlessDayOfAStoryDatedEarlierTakesTheStorysYear) {
  const Date published{2022, 8, 1};
  auto a =
      AnnotateText("On 6 May 2016, gunmen raided the village. On 8 May, they withdrew.", published);
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.found[1].date, (Date{2016, 5, 8}));
  EXPECT_TRUE(a.found[1].historic);
  // A month named with its year is a story's days too.
  auto b = AnnotateText("The siege began in March 2014. On 12 March, the port fell.", published);
  ASSERT_EQ(b.found.size(), 2u);
  EXPECT_EQ(b.found[1].date, (Date{2014, 3, 12}));
  // The day read against publication is news when the text names its year's story too...
  auto c = AnnotateText(
      "On 6 May 2016, gunmen raided the village. On 2 May 2022, the town was "
      "shelled. On 8 May, troops withdrew.",
      published);
  ASSERT_EQ(c.found.size(), 3u);
  EXPECT_EQ(c.found[2].date, (Date{2022, 5, 8}));
  EXPECT_FALSE(c.found[2].historic);
}

TEST(Annotate, YearlessDayInsideDaysNamedWithAnEarlierYearIsOfThatYearEvenWhenRecent) {
  const Date published{2022, 8, 11};
  auto a = AnnotateText(
      "On 6-8 August 2016, gunmen raided the village. On 7 August, they withdrew.", published);
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.found[1].date, (Date{2016, 8, 7}));
  // A month named with its year is no run of days: a recent day stays news.
  auto b = AnnotateText("The siege began in August 2016. On 7 August, troops withdrew.", published);
  ASSERT_EQ(b.found.size(), 2u);
  EXPECT_EQ(b.found[1].date, (Date{2022, 8, 7}));
}

TEST(Annotate, YearlessDayStaysInThePublicationsYearWithoutAStoryBeforeIt) {
  const Date published{2022, 8, 1};
  // A whole year is no story's day.
  auto a = AnnotateText("In 2016, gunmen raided the village. On 8 May, they withdrew.", published);
  ASSERT_EQ(a.found.size(), 2u);
  EXPECT_EQ(a.found[1].date, (Date{2022, 5, 8}));
  // A day well past the story's month is not its.
  auto b = AnnotateText("On 6 May 2016, gunmen raided the village. On 20 July, they withdrew.",
                        published);
  ASSERT_EQ(b.found.size(), 2u);
  EXPECT_EQ(b.found[1].date, (Date{2022, 7, 20}));
  // The last week before publication is news, whatever story the text told before.
  auto c = AnnotateText(
      "On 26 July 2016, gunmen raided the village. On 28 July, troops "
      "withdrew.",
      published);
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[1].date, (Date{2022, 7, 28}));
}

}  // namespace
}  // namespace sitrep::time
