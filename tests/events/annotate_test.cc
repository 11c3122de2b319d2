#include "events/annotate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/event_test_util.h"

namespace sitrep::events {
namespace {

using testing::Doc;

TEST(Annotate, ActorsWithStateAndUnit) {
  Doc doc("Russia's Defense Ministry said Russian aviation and pro-Russian rebels attacked.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 3u);
  EXPECT_EQ(doc.text().TokenRange(a.actors[0].first, a.actors[0].end), "Russia's Defense Ministry");
  EXPECT_EQ(a.actors[0].country, "RU");
  EXPECT_EQ(a.actors[0].unit, "military");
  EXPECT_EQ(a.actors[1].unit, "air_force");
  EXPECT_EQ(a.actors[2].unit, "separatist");
  EXPECT_EQ(a.actors[2].country, "UA");
}

TEST(Annotate, StateWordsOfTheCountryTableActOnlyWithAForceWord) {
  // countries.tsv's names and demonyms that actors.tsv does not list.
  Doc doc("Bolivian soldiers and the navy of Chile met the Chilean envoy in the Bolivian capital.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 2u);
  EXPECT_EQ(doc.text().TokenRange(a.actors[0].first, a.actors[0].end), "Bolivian soldiers");
  EXPECT_EQ(a.actors[0].country, "BO");
  EXPECT_EQ(a.actors[0].unit, "military");
  EXPECT_FALSE(a.actors[0].bare_demonym);
  EXPECT_EQ(doc.text().TokenRange(a.actors[1].first, a.actors[1].end), "navy of Chile");
  EXPECT_EQ(a.actors[1].country, "CL");
  EXPECT_EQ(a.actors[1].unit, "navy");
  // A body that speaks for the state ("officials") is no force: the state word stays no side.
  Doc said("Bolivian officials said Chilean guerrilla forces had left.");
  const auto b = Annotate(testing::Lexicon(), said.text());
  for (const ActorSpan& x : b.actors) {
    EXPECT_NE(x.country, "BO") << said.text().TokenRange(x.first, x.end);
    EXPECT_NE(x.country, "CL") << said.text().TokenRange(x.first, x.end);
  }
}

TEST(Annotate, RunsOfUnitWordsAndSharedUnits) {
  Doc doc(
      "Russian military forces and Ukrainian military aviation met Belarusian and Russian "
      "troops.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 4u);
  EXPECT_EQ(doc.text().TokenRange(a.actors[0].first, a.actors[0].end), "Russian military forces");
  EXPECT_EQ(a.actors[0].unit, "military");
  EXPECT_EQ(a.actors[1].country, "UA");
  EXPECT_EQ(a.actors[1].unit, "air_force");  // the most specific unit of the run
  // "Belarusian and Russian troops": the first demonym shares the unit of the second.
  EXPECT_EQ(a.actors[2].country, "BY");
  EXPECT_FALSE(a.actors[2].bare_demonym);
  EXPECT_EQ(a.actors[2].unit, "military");
  EXPECT_EQ(a.actors[3].country, "RU");
}

TEST(Annotate, ForceWordsAfterArmedMenOfNoSideAreOneActor) {
  Doc doc("Guerrilla artillery and guerrilla saboteurs fought the ELN guerrillas.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 4u);
  EXPECT_EQ(doc.text().TokenRange(a.actors[0].first, a.actors[0].end), "Guerrilla artillery");
  EXPECT_EQ(a.actors[0].unit, "rebel");
  EXPECT_EQ(doc.text().TokenRange(a.actors[1].first, a.actors[1].end), "guerrilla saboteurs");
  // A named group's name and its members stay apart.
  EXPECT_EQ(doc.text().TokenRange(a.actors[2].first, a.actors[2].end), "ELN");
  EXPECT_EQ(doc.text().TokenRange(a.actors[3].first, a.actors[3].end), "guerrillas");
}

TEST(Annotate, PeopleOfNoSideAreAPartyOnlyAsAnActsAuthor) {
  auto spans = [](const Doc& doc) {
    std::vector<std::string> out;
    for (const ActorSpan& x : Annotate(testing::Lexicon(), doc.text()).actors) {
      out.emplace_back(doc.text().TokenRange(x.first, x.end));
    }
    return out;
  };
  using V = std::vector<std::string>;
  // The subject of an act's verb, with its head count and what it wore or rode.
  EXPECT_EQ(spans(Doc("Three men wearing green jackets shot a shopkeeper in Tarvo.")),
            V{"Three men"});
  EXPECT_EQ(spans(Doc("Two individuals on a scooter threw a grenade at the depot.")),
            V{"Two individuals"});
  EXPECT_EQ(spans(Doc("A young man murdered the clerk.")), V{"A young man"});
  // One word that describes them goes with them.
  EXPECT_EQ(spans(Doc("A group of masked individuals shot the clerk.")), V{"masked individuals"});
  EXPECT_EQ(spans(Doc("The clerk was shot by two tall men.")), V{"two tall men"});
  // The agent of a passive.
  EXPECT_EQ(spans(Doc("The clerk was shot by several men near the depot.")), V{"several men"});
  // Those who suffered the act, or stood by it, are no party.
  EXPECT_TRUE(spans(Doc("Two men were killed near the depot.")).empty());
  EXPECT_TRUE(spans(Doc("A man killed in the blast was buried on Sunday.")).empty());
  EXPECT_TRUE(spans(Doc("Five men with a grenade were seen near the depot.")).empty());
  EXPECT_TRUE(spans(Doc("The gunmen shot two men.")) == V{"gunmen"});
}

TEST(Annotate, UnitsOfAStateNamedAfterOf) {
  Doc doc("The military air forces of Russia and the security service of Ukraine met troops.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 3u);
  EXPECT_EQ(doc.text().TokenRange(a.actors[0].first, a.actors[0].end),
            "military air forces of Russia");
  EXPECT_EQ(a.actors[0].country, "RU");
  EXPECT_EQ(a.actors[0].unit, "air_force");
  EXPECT_EQ(a.actors[1].country, "UA");
  EXPECT_EQ(a.actors[1].unit, "security_service");
  // A unit word with no state after it has no side.
  EXPECT_EQ(a.actors[2].country, "");
  EXPECT_EQ(a.actors[2].unit, "military");
}

TEST(Annotate, NavalUnits) {
  Doc doc("Russian naval infantry landed and a Ukrainian warship fired.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 2u);
  EXPECT_EQ(a.actors[0].unit, "navy");
  EXPECT_EQ(a.actors[1].country, "UA");
  EXPECT_EQ(a.actors[1].unit, "navy");
}

TEST(Annotate, ForcesKnownByTheirOwnName) {
  Doc doc("The FSB and Rosgvardia detained them.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 2u);
  EXPECT_EQ(a.actors[0].country, "RU");
  EXPECT_EQ(a.actors[0].unit, "security_service");
  EXPECT_EQ(a.actors[1].unit, "national_guard");
}

TEST(Annotate, AStateWordBeforeItsOwnForceIsThatForce) {
  // "the Russian FSB": one side, the security service, not a bare "Russian" (the army) and the
  // service apart; a force of another state after the word is not merged into it.
  Doc doc("The Russian FSB detained him, and Belarusian Rosgvardia officers watched.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_GE(a.actors.size(), 2u);
  EXPECT_EQ(a.actors[0].country, "RU");
  EXPECT_EQ(a.actors[0].unit, "security_service");
  EXPECT_FALSE(a.actors[0].bare_demonym);
  EXPECT_EQ(a.actors[1].country, "BY");
  EXPECT_TRUE(a.actors[1].bare_demonym);
}

TEST(Annotate, AUnitKnownByItsNameIsItsStatesBranch) {
  // A regiment of the National Guard named alone is that branch of its state's forces; the sea
  // it is named after is no actor.
  Doc doc("The Azov Regiment held the plant on the Sea of Azov.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 1u);
  EXPECT_EQ(a.actors[0].country, "UA");
  EXPECT_EQ(a.actors[0].unit, "national_guard");
}

TEST(Annotate, BareDemonymBeforeAnAct) {
  Doc doc("The Russian shelling continued.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.actors.size(), 1u);
  EXPECT_TRUE(a.actors[0].bare_demonym);
  ASSERT_EQ(a.triggers.size(), 1u);
  EXPECT_EQ(a.triggers[0].entry->sub_event_type, "Shelling/artillery/missile attack");
}

TEST(Annotate, ACapitalisedTriggerInsideANameIsNoAct) {
  // After a capitalised word or before a number, "Mine" names a colliery; a lower-case mine, or
  // one opening the sentence, is the weapon.
  for (const char* text : {"Troops fired mortars near the Northern Mine yesterday.",
                           "Troops fired at positions near Mine 12 yesterday."}) {
    Doc doc(text);
    const auto a = Annotate(testing::Lexicon(), doc.text());
    for (const auto& t : a.triggers) {
      EXPECT_NE(t.entry->sub_event_type, "Remote explosive/landmine/IED") << text;
    }
  }
  Doc doc("A mine exploded under a truck near the village yesterday.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  bool weapon = false;
  for (const auto& t : a.triggers) {
    weapon = weapon || t.entry->sub_event_type == "Remote explosive/landmine/IED";
  }
  EXPECT_TRUE(weapon);
}

TEST(Annotate, ACapitalisedTriggerInAListOfNamesIsNoAct) {
  // "Shell" among firms after a comma is a name; "shell" written small is an act.
  Doc doc("Record profits were posted by Acme, Shell and Zenith in the spring.");
  EXPECT_TRUE(Annotate(testing::Lexicon(), doc.text()).triggers.empty());
  Doc act("In the spring, troops began to shell the port.");
  EXPECT_FALSE(Annotate(testing::Lexicon(), act.text()).triggers.empty());
}

TEST(Annotate, CasualtyFigures) {
  Doc doc("The strike killed 21 people and left 100 injured, while three soldiers died.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.casualties.size(), 3u);
  EXPECT_EQ(a.casualties[0].what, QuantityKind::kKilled);
  EXPECT_EQ(a.casualties[0].count, 21);
  EXPECT_EQ(a.casualties[1].what, QuantityKind::kInjured);
  EXPECT_EQ(a.casualties[1].count, 100);
  EXPECT_EQ(a.casualties[2].count, 3);
  // A range's lowest credible figure is its first, before or after the casualty word.
  for (const char* text :
       {"Between 5 and 8 people were killed.", "The blast killed between 5 and 8 people."}) {
    Doc range(text);
    const auto r = Annotate(testing::Lexicon(), range.text());
    ASSERT_EQ(r.casualties.size(), 1u) << text;
    EXPECT_EQ(r.casualties[0].count, 5) << text;
  }
  // "shot dead" is a verb: its figure follows it.
  Doc shot("Gunmen shot dead two drivers.");
  const auto b = Annotate(testing::Lexicon(), shot.text());
  ASSERT_EQ(b.casualties.size(), 1u);
  EXPECT_EQ(b.casualties[0].what, QuantityKind::kKilled);
  EXPECT_EQ(b.casualties[0].count, 2);
}

TEST(Annotate, VictimsListedAfterACasualtyVerbAreSummed) {
  Doc doc("The blast killed a farmer and his three sons.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.casualties.size(), 1u);
  EXPECT_EQ(a.casualties[0].count, 4);
  Doc two("Gunmen killed two guards and one driver near the depot.");
  const auto b = Annotate(testing::Lexicon(), two.text());
  ASSERT_EQ(b.casualties.size(), 1u);
  EXPECT_EQ(b.casualties[0].count, 3);
  // Another casualty figure, or a span of time, is no victim of the list.
  Doc wounded("The blast killed two guards and 7 injured.");
  const auto c = Annotate(testing::Lexicon(), wounded.text());
  ASSERT_EQ(c.casualties.size(), 2u);
  EXPECT_EQ(c.casualties[0].count, 2);
  EXPECT_EQ(c.casualties[1].count, 7);
  Doc later("Gunmen killed one guard and a day later burned the depot.");
  const auto d = Annotate(testing::Lexicon(), later.text());
  ASSERT_EQ(d.casualties.size(), 1u);
  EXPECT_EQ(d.casualties[0].count, 1);
}

TEST(Annotate, VictimsListedBeforeACasualtyWordAreSummed) {
  Doc doc("Two guards and a cook were killed at the depot.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.casualties.size(), 1u);
  EXPECT_EQ(a.casualties[0].count, 3);
  // A verb ends the list: the first clause counts no victims of the second.
  Doc verb("The roof collapsed and two guards died.");
  const auto b = Annotate(testing::Lexicon(), verb.text());
  ASSERT_EQ(b.casualties.size(), 1u);
  EXPECT_EQ(b.casualties[0].count, 2);
  Doc wounded("Four guards were wounded and two cooks were killed.");
  const auto c = Annotate(testing::Lexicon(), wounded.text());
  ASSERT_EQ(c.casualties.size(), 2u);
  EXPECT_EQ(c.casualties[1].what, QuantityKind::kKilled);
  EXPECT_EQ(c.casualties[1].count, 2);
}

TEST(Annotate, TheHeadFigureNotTheAppositionOrTheWhole) {
  Doc doc("Nine villagers, including three children, were killed.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.casualties.size(), 1u);
  EXPECT_EQ(a.casualties[0].count, 9);
  // A count of a whole stands further back; the part of a whole counted is the figure.
  Doc whole("Five members of the village council were killed.");
  const auto b = Annotate(testing::Lexicon(), whole.text());
  ASSERT_EQ(b.casualties.size(), 1u);
  EXPECT_EQ(b.casualties[0].count, 5);
  Doc part("One of the 14 miners was killed.");
  const auto c = Annotate(testing::Lexicon(), part.text());
  ASSERT_EQ(c.casualties.size(), 1u);
  EXPECT_EQ(c.casualties[0].count, 1);
  // A bare noun phrase before the auxiliary lets the figure stand further back; a verb or a
  // list between does not.
  Doc phrase("Four young Dutch mine clearers were killed.");
  const auto e = Annotate(testing::Lexicon(), phrase.text());
  ASSERT_EQ(e.casualties.size(), 1u);
  EXPECT_EQ(e.casualties[0].count, 4);
  Doc verb("Four trucks burned and drivers were killed.");
  EXPECT_TRUE(Annotate(testing::Lexicon(), verb.text()).casualties.empty());
  // "as a result of" counts no one.
  Doc result("The bridge fell as a result of which drivers died.");
  EXPECT_TRUE(Annotate(testing::Lexicon(), result.text()).casualties.empty());
}

TEST(Annotate, OnePersonKilledWithNoFigureIsOne) {
  for (const char* text : {"The ferryman was killed.", "Her brother died in hospital.",
                           "He was found dead near the well.", "Gunmen killed the night watchman.",
                           "A mob killed her uncle on the road."}) {
    Doc doc(text);
    const auto a = Annotate(testing::Lexicon(), doc.text());
    ASSERT_EQ(a.casualties.size(), 1u) << text;
    EXPECT_EQ(a.casualties[0].what, QuantityKind::kKilled) << text;
    EXPECT_EQ(a.casualties[0].count, 1) << text;
  }
  // Plural people, or a name written large, are no one person counted here.
  for (const char* text : {"Gunmen killed the watchmen.", "The Ferry Company died out."}) {
    Doc doc(text);
    EXPECT_TRUE(Annotate(testing::Lexicon(), doc.text()).casualties.empty()) << text;
  }
}

TEST(Annotate, TheFigureATollIsGiven) {
  Doc doc("The death toll from the blast rose to at least 12.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.casualties.size(), 1u);
  EXPECT_TRUE(a.casualties[0].toll);
  EXPECT_EQ(a.casualties[0].what, QuantityKind::kKilled);
  EXPECT_EQ(a.casualties[0].count, 12);
  Doc none("The toll road reopened on 3 May.");
  EXPECT_TRUE(Annotate(testing::Lexicon(), none.text()).casualties.empty());
}

TEST(Annotate, VagueAndCompoundFigures) {
  Doc doc("Dozens were wounded. At least twenty-one were killed. Two hundred died.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_GE(a.casualties.size(), 2u);
  EXPECT_EQ(a.casualties[0].count, 12);
  EXPECT_TRUE(a.casualties[0].vague);
  EXPECT_EQ(a.casualties.back().count, 200);
  // A compound number word written as one hyphenated word.
  Doc hyphen("Thirty-four drivers were killed.");
  const auto b = Annotate(testing::Lexicon(), hyphen.text());
  ASSERT_EQ(b.casualties.size(), 1u);
  EXPECT_EQ(b.casualties[0].count, 34);
}

TEST(Annotate, AttributionSources) {
  Doc doc("According to the Ukrainian army, troops advanced. \"We hold,\" Ivan Petrenko said. "
          "The video was shared by Reuters.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  ASSERT_EQ(a.attributions.size(), 3u);
  const auto& t = doc.text();
  EXPECT_EQ(t.TokenRange(a.attributions[0].source_first, a.attributions[0].source_end),
            "Ukrainian army");
  EXPECT_GE(a.attributions[0].source_actor, 0);
  EXPECT_EQ(t.TokenRange(a.attributions[1].source_first, a.attributions[1].source_end),
            "Ivan Petrenko");
  EXPECT_EQ(t.TokenRange(a.attributions[2].source_first, a.attributions[2].source_end), "Reuters");
}

TEST(Annotate, TheSpeakerIsTheRunOfWordsRightBeforeTheSpeechVerb) {
  Doc doc("Shells hit the market, killing four civilians, the district governor also said. "
          "Three blasts were reported near the depot. "
          "The mayor, who he said had fled, was not reachable.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  const auto& t = doc.text();
  ASSERT_EQ(a.attributions.size(), 3u);
  // Not the civilians before the comma: the governor is the subject of "said".
  EXPECT_EQ(t.TokenRange(a.attributions[0].source_first, a.attributions[0].source_end),
            "the district governor");
  // A passive and a pronoun after a relative name no speaker.
  EXPECT_EQ(a.attributions[1].source_first, a.attributions[1].source_end);
  EXPECT_EQ(a.attributions[2].source_first, a.attributions[2].source_end);
}

TEST(Annotate, ModalityCues) {
  Doc doc("They did not hit it. He will attack. Troops continued to fight.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  bool negation = false;
  bool future = false;
  bool purpose = false;
  for (const ModalitySpan& m : a.modalities) {
    negation = negation || m.modality == ModalityClass::kNegation;
    future = future || m.modality == ModalityClass::kFuture;
    purpose = purpose || m.modality == ModalityClass::kPurpose;
  }
  EXPECT_TRUE(negation);
  EXPECT_TRUE(future);
  EXPECT_FALSE(purpose) << "'continued to' is realis, not a purpose";
}

TEST(Annotate, ClausesSplitAtCommasAndThat) {
  Doc doc("X claimed that Y attacked, Z said.");
  const auto a = Annotate(testing::Lexicon(), doc.text());
  const auto& t = doc.text();
  EXPECT_EQ(a.clause[0], a.clause[1]);  // X claimed
  EXPECT_NE(a.clause[1], a.clause[3]);  // claimed | Y
  EXPECT_NE(a.clause[4], a.clause[6]);  // attacked | Z
  EXPECT_EQ(t.lower[2], "that");
}

}  // namespace
}  // namespace sitrep::events
