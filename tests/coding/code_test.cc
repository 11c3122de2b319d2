#include "coding/code.h"

#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace sitrep::coding {
namespace {

using events::DateSource;
using events::Frame;
using events::TriggerClass;

Frame MakeFrame(TriggerClass cls, const std::string& sub, const std::string& country,
                const std::string& unit) {
  Frame f;
  f.trigger_class = cls;
  f.sub_event_type = sub;
  f.actor1 = events::FrameActor{country, unit, country == "RU" ? "Russian forces" : "Ukrainian forces"};
  f.place = events::testing::Town("Sumy", 50.9077, 34.7981, "Sumy");
  f.date = Date{2022, 3, 7};
  f.date_source = DateSource::kOwn;
  f.evidence.emplace_back(0, 10);
  f.confidence = 0.6;
  return f;
}

TEST(Interaction, LowerCodeFirstAndTimesTenAlone) {
  EXPECT_EQ(Interaction(8, 1), 18);
  EXPECT_EQ(Interaction(1, 8), 18);
  EXPECT_EQ(Interaction(8, 7), 78);
  EXPECT_EQ(Interaction(8, 0), 80);
  EXPECT_EQ(Interaction(6, 0), 60);
  EXPECT_EQ(Interaction(0, 0), 0);
}

TEST(CombinedSubEventType, HierarchyWhenTacticsCombine) {
  const auto& lex = events::testing::Lexicon();
  const Frame shelling = MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  const Frame air = MakeFrame(TriggerClass::kStrong, "Air/drone strike", "RU", "air_force");
  const Frame fight = MakeFrame(TriggerClass::kFight, "Armed clash", "RU", "military");
  const Frame abduct = MakeFrame(TriggerClass::kStrong, "Abduction/forced disappearance", "RU", "military");
  const Frame kill = MakeFrame(TriggerClass::kStrong, "Attack", "RU", "military");
  const Frame capture = MakeFrame(TriggerClass::kCapture, "Non-state actor overtakes territory", "RU", "military");
  EXPECT_EQ(CombinedSubEventType(lex, {shelling, fight}, false), "Armed clash");
  EXPECT_EQ(CombinedSubEventType(lex, {shelling, air}, false), "Air/drone strike");
  EXPECT_EQ(CombinedSubEventType(lex, {abduct, kill}, false), "Attack");
  EXPECT_EQ(CombinedSubEventType(lex, {capture}, false), "Non-state actor overtakes territory");
  Frame doubtful = capture;
  doubtful.fight_uncertain = true;
  EXPECT_EQ(CombinedSubEventType(lex, {doubtful}, false), "Non-violent transfer of territory");
  EXPECT_EQ(CombinedSubEventType(lex, {capture, fight}, false), "Non-state actor overtakes territory");
  EXPECT_EQ(CombinedSubEventType(lex, {capture, fight}, true), "Government regains territory");
}

TEST(CombinedSubEventType, AWeaponNamedSaysWhatKindAnExplosionWas) {
  const auto& lex = events::testing::Lexicon();
  Frame blast =
      MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  Frame device =
      MakeFrame(TriggerClass::kStrong, "Remote explosive/landmine/IED", "RU", "military");
  device.weapon = "explosive";
  // An explosion alone outranks nothing it is told with: the device named says what it was.
  EXPECT_EQ(CombinedSubEventType(lex, {blast, device}, false), "Remote explosive/landmine/IED");
  // A weapon named for the shelling keeps the hierarchy.
  Frame shelled = blast;
  shelled.weapon = "artillery";
  EXPECT_EQ(CombinedSubEventType(lex, {shelled, device}, false),
            "Shelling/artillery/missile attack");
  // A fight is no remote violence: it still ranks above.
  const Frame fight = MakeFrame(TriggerClass::kFight, "Armed clash", "RU", "military");
  EXPECT_EQ(CombinedSubEventType(lex, {blast, device, fight}, false), "Armed clash");
}

TEST(CodeIncident, ActorsInterCodesAndNotes) {
  const auto& lex = events::testing::Lexicon();
  Frame f = MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  f.fatalities = 4;
  f.target = "school";
  auto inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Russia (2000-)");
  EXPECT_EQ(inc->inter1, 8);  // abroad
  // People killed by remote violence with no armed target are its civilian victims.
  EXPECT_EQ(inc->actor2, "Civilians (Ukraine)");
  EXPECT_EQ(inc->interaction, 78);
  EXPECT_TRUE(inc->civilian_targeting);
  EXPECT_EQ(inc->event_type, "Explosions/Remote violence");
  EXPECT_EQ(inc->fatalities, 4);
  EXPECT_EQ(inc->notes,
            "On 7 March 2022, Russian forces shelled the school in Sumy (Sumy). 4 people were "
            "killed.");
  // Damage alone names no victim; soldiers counted among the dead are no civilian victims: the
  // strike hit their side, the other side of the one that fired.
  f.fatalities.reset();
  inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "");
  EXPECT_EQ(inc->interaction, 80);
  f.fatalities = 2;
  f.armed_casualties = true;
  inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->interaction, 18);
  EXPECT_FALSE(inc->civilian_targeting);
}

TEST(CodeIncident, BattleGetsTheOtherSide) {
  const auto& lex = events::testing::Lexicon();
  auto inc = CodeIncident(lex, {MakeFrame(TriggerClass::kFight, "Armed clash", "UA", "military")},
                          DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->inter1, 1);  // at home
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
  EXPECT_EQ(inc->interaction, 18);
}

TEST(CodeIncident, SeparatistsBeforeAndAfter2023) {
  const auto& lex = events::testing::Lexicon();
  Frame f = MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "UA", "separatist");
  auto inc = CodeIncident(lex, {f}, {});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "NAF: United Armed Forces of Novorossiya");
  EXPECT_EQ(inc->inter1, 2);
  f.date = Date{2023, 5, 1};
  inc = CodeIncident(lex, {f}, {});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Russia (2000-)");
}

TEST(CodeIncident, PropertyLootedOfNoNamedOwnerWasCiviliansProperty) {
  const auto& lex = events::testing::Lexicon();
  Frame f = MakeFrame(TriggerClass::kStrong, "Looting/property destruction", "RU", "military");
  auto inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Russia (2000-)");
  EXPECT_EQ(inc->actor2, "Civilians (Ukraine)");
  // An armed owner named stays; with no author named, the civilians are not made its author.
  f.actor2 = events::FrameActor{"UA", "military", "Ukrainian forces"};
  inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Ukraine (2019-)");
  f.actor1 = {};
  f.actor2 = {};
  inc = CodeIncident(lex, {f}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "");
  EXPECT_EQ(inc->actor2, "");
}

TEST(CodeIncident, ViolenceAgainstCiviliansTargetsCivilians) {
  const auto& lex = events::testing::Lexicon();
  auto inc = CodeIncident(lex, {MakeFrame(TriggerClass::kStrong, "Abduction/forced disappearance", "RU", "military")}, {});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Civilians (Ukraine)");
  EXPECT_EQ(inc->interaction, 78);
  EXPECT_TRUE(inc->civilian_targeting);
}

TEST(CodeIncident, FireOnAFrontLineWithNoSideNamed) {
  const auto& lex = events::testing::Lexicon();
  Frame shelling = MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "", "");
  shelling.actor1 = {};
  shelling.date = Date{2021, 11, 3};
  // A town held by the government near the line: the separatists fired.
  shelling.place = events::testing::Town("Frontville", 48.595, 38.0, "Donetsk");
  auto inc = CodeIncident(lex, {shelling}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "NAF: United Armed Forces of Novorossiya");
  EXPECT_EQ(inc->actor2, "");
  // An exchange of fire at a town on the other side: the government's forces against its holders.
  Frame fight = MakeFrame(TriggerClass::kFight, "Armed clash", "", "");
  fight.actor1 = {};
  fight.date = Date{2021, 11, 3};
  fight.place = events::testing::Town("Minetown", 48.02, 38.55, "Donetsk");
  inc = CodeIncident(lex, {fight}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->actor2, "NAF: United Armed Forces of Novorossiya");
  // A named side keeps its act, and the same report far from any line names none.
  Frame named = shelling;
  named.actor1 = events::FrameActor{"UA", "military", "Ukrainian forces"};
  inc = CodeIncident(lex, {named}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Ukraine (2019-)");
  shelling.place = events::testing::Town("Westtown", 49.84, 24.03, "Lviv");
  inc = CodeIncident(lex, {shelling}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "");
}

TEST(CodeIncident, BattleOtherSideIsWhoHeldGroundAgainstTheState) {
  const auto& lex = events::testing::Lexicon();
  // Before the invasion, with no foreign state named, Ukraine's forces fought the separatists.
  Frame fight = MakeFrame(TriggerClass::kFight, "Armed clash", "UA", "military");
  fight.date = Date{2021, 11, 3};
  auto inc = CodeIncident(lex, {fight}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "NAF: United Armed Forces of Novorossiya");
  // A foreign state the document names comes first.
  inc = CodeIncident(lex, {fight}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
  // After the invasion the separatists' line is gone; Russia still held Crimea against Ukraine.
  fight.date = Date{2022, 3, 7};
  inc = CodeIncident(lex, {fight}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
}

TEST(CodeIncident, GroundTakenWithoutAFightWasTakenFromTheOtherSide) {
  const auto& lex = events::testing::Lexicon();
  Frame retaken =
      MakeFrame(TriggerClass::kRecapture, "Government regains territory", "UA", "military");
  retaken.fight_uncertain = true;
  auto inc = CodeIncident(lex, {retaken}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(inc->actor1, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
  EXPECT_EQ(inc->interaction, 18);
}

TEST(CodeIncident, StrikeOnAForcesThingHitThatForce) {
  const auto& lex = events::testing::Lexicon();
  // A foreign force's strike on a depot of arms with no side named: the state's forces were hit.
  Frame strike =
      MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  strike.target = "ammunition depot";
  strike.military_target = true;
  auto inc = CodeIncident(lex, {strike}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->interaction, 18);
  // The same strike hurting people there: they were not its target.
  strike.injuries = 4;
  inc = CodeIncident(lex, {strike}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Ukraine (2019-)");
  EXPECT_FALSE(inc->civilian_targeting);
  // The state's forces striking a thing a demonym names ("a Russian tank"): that side was hit.
  Frame fire =
      MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "UA", "military");
  fire.target = "Russian tank";
  fire.military_target = true;
  fire.target_side = events::FrameActor{"RU", "military", ""};
  inc = CodeIncident(lex, {fire}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
  // "People" hurt there say nothing of who they were: the force is still the one hit.
  strike.actor2 = events::FrameActor{"*", "civilians", "people"};
  inc = CodeIncident(lex, {strike}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Military Forces of Ukraine (2019-)");
  // Civilians named as the victims stay the target; a thing of no force names no one.
  strike.actor2 = events::FrameActor{"*", "civilians", "residents"};
  inc = CodeIncident(lex, {strike}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "Civilians (Ukraine)");
  Frame houses =
      MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  houses.target = "residential buildings";
  inc = CodeIncident(lex, {houses}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "");
}

TEST(CodeIncident, AWeaponDownedOfNoNamedSideWasTheOtherSides) {
  const auto& lex = events::testing::Lexicon();
  Frame downed = MakeFrame(TriggerClass::kIntercept, "Disrupted weapons use", "UA", "military");
  auto inc = CodeIncident(lex, {downed}, DocumentContext{"RU", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor1, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(inc->actor2, "Military Forces of Russia (2000-)");
  // A foreign force downing something names no other side by where it was.
  Frame abroad = MakeFrame(TriggerClass::kIntercept, "Disrupted weapons use", "RU", "military");
  inc = CodeIncident(lex, {abroad}, DocumentContext{"", "UA"});
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->actor2, "");
}

TEST(CodeIncident, NoPlaceNoIncident) {
  const auto& lex = events::testing::Lexicon();
  Frame f = MakeFrame(TriggerClass::kStrong, "Shelling/artillery/missile attack", "RU", "military");
  f.place.reset();
  EXPECT_FALSE(CodeIncident(lex, {f}, {}));
  f.place = events::testing::Country("Ukraine", "UA");
  EXPECT_FALSE(CodeIncident(lex, {f}, {}));
}

}  // namespace
}  // namespace sitrep::coding
