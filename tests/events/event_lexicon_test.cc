#include "events/event_lexicon.h"

#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace sitrep::events {
namespace {

TEST(EventLexicon, LoadsEveryTable) {
  const EventLexicon& lex = testing::Lexicon();
  EXPECT_GT(lex.triggers.size(), 100u);
  EXPECT_GT(lex.actors.size(), 30u);
  EXPECT_GT(lex.modalities.size(), 30u);
  EXPECT_GT(lex.quantities.size(), 30u);
  EXPECT_GT(lex.attributions.size(), 10u);
  EXPECT_EQ(lex.sub_events.size(), 25u);
}

TEST(EventLexicon, SidesOfAFrontLine) {
  const EventLexicon& lex = testing::Lexicon();
  const Date before{2019, 6, 1};
  // Deep inside the separatist-held part of Donetsk: fire there came from the government side.
  auto inside = lex.SidesAt("UA", 48.02, 38.55, before);
  ASSERT_TRUE(inside);
  EXPECT_EQ(inside->across_country, "UA");
  EXPECT_EQ(inside->across_unit, "military");
  EXPECT_EQ(inside->holding_unit, "separatist");
  // A town held by the government a few kilometres from the line: fire came from the other side.
  auto outside = lex.SidesAt("UA", 48.595, 38.0, before);
  ASSERT_TRUE(outside);
  EXPECT_EQ(outside->across_unit, "separatist");
  EXPECT_EQ(outside->holding_unit, "military");
  // Far from the line, in another country, or after the line broke: no sides.
  EXPECT_FALSE(lex.SidesAt("UA", 50.45, 30.52, before));
  EXPECT_FALSE(lex.SidesAt("RU", 48.02, 38.55, before));
  EXPECT_FALSE(lex.SidesAt("UA", 48.02, 38.55, Date{2022, 3, 10}));
}

TEST(EventLexicon, NotesNameActorsInWords) {
  const EventLexicon& lex = testing::Lexicon();
  EXPECT_EQ(lex.NoteName("Military Forces of Ukraine (2019-)"), "Ukrainian forces");
  EXPECT_EQ(lex.NoteName("Military Forces of Russia (2000-) Air Force"), "the Russian air force");
  EXPECT_EQ(lex.NoteName("Civilians (Poland)"), "civilians");
  EXPECT_EQ(lex.NoteName("Unidentified Armed Group (Ukraine)"), "an unidentified armed group");
  // No words for it: the name before its colon, without a period.
  EXPECT_EQ(lex.NoteName("NAF: United Armed Forces of Novorossiya"), "NAF");
  EXPECT_EQ(lex.NoteName("Police Forces of Nowhere (1990-)"), "Police Forces of Nowhere");
  // A state no row of its own names: its force without a period, in its adjective.
  EXPECT_EQ(lex.NoteName("Military Forces of Bolivia"), "Bolivian forces");
  EXPECT_EQ(lex.NoteName("Military Forces of Bolivia Air Force"), "the Bolivian air force");
  EXPECT_EQ(lex.NoteName("Police Forces of Peru"), "Peruvian police");
}

TEST(EventLexicon, MissingDirectoryIsAnError) {
  auto lex = EventLexicon::Load("/nonexistent-sitrep-dir");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
}

TEST(PhraseTable, LongestMatchWins) {
  PhraseTable<QuantityEntry> table;
  table.Add("air", QuantityEntry{QuantityKind::kNumber, 1});
  table.Add("air strike", QuantityEntry{QuantityKind::kNumber, 2});
  table.Add("air strike on", QuantityEntry{QuantityKind::kNumber, 3});
  std::vector<std::string> tokens = {"an", "air", "strike", "hit"};
  auto m = table.LongestAt(tokens, 1, 4);
  EXPECT_EQ(m.length, 2u);
  ASSERT_NE(m.entry, nullptr);
  EXPECT_EQ(m.entry->value, 2);
  EXPECT_EQ(table.LongestAt(tokens, 0, 4).length, 0u);
  // The end bound is respected.
  EXPECT_EQ(table.LongestAt(tokens, 1, 2).length, 1u);
}

TEST(EventLexicon, BlockPhrasesHideTheirTriggers) {
  const EventLexicon& lex = testing::Lexicon();
  std::vector<std::string> tokens = {"bomb", "shelters"};
  auto m = lex.triggers.LongestAt(tokens, 0, 2);
  ASSERT_NE(m.entry, nullptr);
  EXPECT_EQ(m.entry->trigger_class, TriggerClass::kBlock);
}

TEST(EventLexicon, ActorNamesDependOnThePeriod) {
  const EventLexicon& lex = testing::Lexicon();
  const AcledActor* before = lex.FindActor("UA", "separatist", Date{2022, 3, 1});
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->name, "NAF: United Armed Forces of Novorossiya");
  EXPECT_EQ(before->inter_home, 2);
  const AcledActor* after = lex.FindActor("UA", "separatist", Date{2023, 6, 1});
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->name, "Military Forces of Russia (2000-)");
  const AcledActor* old_army = lex.FindActor("UA", "military", Date{2016, 1, 1});
  ASSERT_NE(old_army, nullptr);
  EXPECT_EQ(old_army->name, "Military Forces of Ukraine (2014-2019)");
  // A unit without an entry falls back to the country's military.
  const AcledActor* fallback = lex.FindActor("BY", "navy", Date{2022, 3, 1});
  ASSERT_NE(fallback, nullptr);
  EXPECT_EQ(fallback->name, "Military Forces of Belarus (1994-)");
  const AcledActor* air = lex.FindActor("RU", "air_force", std::nullopt);
  ASSERT_NE(air, nullptr);
  EXPECT_EQ(air->name, "Military Forces of Russia (2000-) Air Force");
  EXPECT_EQ(air->inter_abroad, 8);
}

}  // namespace
}  // namespace sitrep::events
