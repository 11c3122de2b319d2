// The events and coding stages on conflicts outside Ukraine: armed groups of data/actors.tsv and
// data/acled_actors.tsv, a state's demonym before a strike, places of no country. Sentences of
// our own, with hand-built place and time mentions.
#include <gtest/gtest.h>

#include <string>

#include "events/event_test_util.h"
#include "events/events.h"

namespace sitrep::events {
namespace {

using testing::Doc;
using testing::Town;

const Date kMonday{2023, 9, 4};
const Date kPublished{2023, 9, 6};

std::vector<Incident> Extract(const std::string& text, const places::Place& place,
                              const std::string& surface, Date monday = kMonday,
                              Date published = kPublished) {
  return Doc(text, published).Place(surface, place).Time("on Monday", monday).Run();
}

places::Place Metula() { return Town("Metula", 33.2769, 35.5786, "Northern", "IL", "Israel"); }
places::Place Afrin() { return Town("Afrin", 36.5119, 36.8694, "Aleppo", "SY", "Syria"); }
places::Place Ghazni() { return Town("Ghazni", 33.5536, 68.4269, "Ghazni", "AF", "Afghanistan"); }
places::Place Omdurman() { return Town("Omdurman", 15.6445, 32.4777, "Khartoum", "SD", "Sudan"); }
// A place of no country, as a sea is.
places::Place OpenSea() { return Town("Arabian Sea", 14.0, 63.0, "", "", ""); }

TEST(WorldActors, NamedGroupActsAsACLEDNamesIt) {
  auto incidents =
      Extract("Hezbollah fighters fired rockets at Metula on Monday.", Metula(), "Metula");
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].actor1, "Hezbollah");
  EXPECT_EQ(incidents[0].inter1, 3);
  EXPECT_EQ(incidents[0].sub_event_type, "Shelling/artillery/missile attack");
}

TEST(WorldActors, GroupThatBecameTheStateIsItsForcesAfterTheDay) {
  const std::string text = "Taliban fighters attacked a police post in Ghazni on Monday.";
  auto before = Extract(text, Ghazni(), "Ghazni", Date{2019, 9, 2}, Date{2019, 9, 4});
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].actor1, "Taliban");
  EXPECT_EQ(before[0].inter1, 2);
  auto after = Extract(text, Ghazni(), "Ghazni");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].actor1, "Military Forces of Afghanistan (2021-)");
  EXPECT_EQ(after[0].inter1, 1);
}

TEST(WorldActors, StateForcesOutOfThePeriodsOfTheirRowsKeepAPeriodlessName) {
  auto incidents = Extract("Afghan troops shelled Ghazni on Monday.", Ghazni(), "Ghazni",
                           Date{2019, 9, 2}, Date{2019, 9, 4});
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].actor1, "Military Forces of Afghanistan");
}

TEST(WorldActors, GroupOutsideItsPeriodIsNoActorOfThatName) {
  auto incidents = Extract("The Rapid Support Forces shelled Omdurman on Monday.", Omdurman(),
                           "Omdurman", Date{2021, 9, 6}, Date{2021, 9, 8});
  for (const Incident& i : incidents) EXPECT_NE(i.actor1, "Rapid Support Forces");
  auto now =
      Extract("The Rapid Support Forces shelled Omdurman on Monday.", Omdurman(), "Omdurman");
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].actor1, "Rapid Support Forces");
}

TEST(WorldActors, DemonymRightBeforeAStrikeNamesTheStatesForces) {
  auto incidents =
      Extract("A Turkish drone strike hit a car near Afrin on Monday, killing two people.", Afrin(),
              "Afrin");
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(incidents[0].actor1, "Military Forces of Turkey Air Force");
  EXPECT_EQ(incidents[0].inter1, 8);
  EXPECT_EQ(incidents[0].interaction, 78);
}

TEST(WorldActors, DemonymBeforeAnythingButAStrikeNamesNoForce) {
  auto incidents =
      Extract("A Turkish family was killed when a drone strike hit their car near Afrin on Monday.",
              Afrin(), "Afrin");
  for (const Incident& i : incidents) {
    EXPECT_EQ(i.actor1.find("Turkey"), std::string::npos) << i.actor1;
  }
}

TEST(WorldActors, DemonymBeforeARocketAttackNamesNoForce) {
  // Rockets are the arms of armed groups as much as of a state's forces.
  auto incidents =
      Extract("A Syrian rocket attack hit a market near Afrin on Monday.", Afrin(), "Afrin");
  for (const Incident& i : incidents) {
    EXPECT_EQ(i.actor1.find("Military Forces of Syria"), std::string::npos) << i.actor1;
  }
  auto shelling = Extract("Syrian shelling hit a market near Afrin on Monday.", Afrin(), "Afrin");
  ASSERT_EQ(shelling.size(), 1u);
  EXPECT_EQ(shelling[0].actor1, "Military Forces of Syria");
}

TEST(WorldActors, GenericActorAtAPlaceOfNoCountryHasNoEmptyBrackets) {
  auto incidents =
      Extract("Unidentified gunmen fired a missile at a tanker in the Arabian Sea on Monday.",
              OpenSea(), "Arabian Sea");
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].actor1, "Unidentified Armed Group");
  EXPECT_EQ(incidents[0].actor1.find("()"), std::string::npos);
}

TEST(WorldActors, ViolenceAgainstCiviliansOfNoNamedAuthorIsAnUnidentifiedArmedGroups) {
  auto incidents = Extract("Two shepherds were abducted near Afrin on Monday.", Afrin(), "Afrin");
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].event_type, "Violence against civilians");
  EXPECT_EQ(incidents[0].actor1, "Unidentified Armed Group (Syria)");
  EXPECT_EQ(incidents[0].interaction, 37);
}

TEST(WorldActors, RebelsOfNoNamedGroupWhereSeveralActAreUnidentified) {
  const places::Place goma =
      Town("Goma", -1.6792, 29.2228, "North Kivu", "CD", "Democratic Republic of Congo");
  auto open = Extract("Rebels shelled Goma on Monday.", goma, "Goma");
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].actor1, "Unidentified Armed Group (Democratic Republic of Congo)");
  auto named = Extract("M23 rebels shelled Goma on Monday.", goma, "Goma");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].actor1, "M23: March 23 Movement");
  EXPECT_EQ(named[0].inter1, 2);
}

}  // namespace
}  // namespace sitrep::events
