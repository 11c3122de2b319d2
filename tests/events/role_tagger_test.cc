// The learned role filler: training on tagged sentences, its weights file, and what FillRoles
// adds to an incident. The sentences are invented; the tables are the source tree's.
#include "events/role_tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "eval/train_roles.h"
#include "events/event_test_util.h"

namespace sitrep::events {
namespace {

using testing::Doc;
using testing::Lexicon;

// Sentences "Rebels bombed the <thing> near the market on Sunday." with <thing> tagged Target,
// and "<Name> was killed by a grenade." with the name tagged Victim and the weapon Weapon.
struct Corpus {
  std::vector<Doc> docs;
  std::vector<TaggedSentence> sentences;
};

Corpus MakeCorpus(const std::vector<std::string>& things) {
  Corpus corpus;
  corpus.docs.reserve(things.size());
  for (const std::string& thing : things) {
    corpus.docs.emplace_back("Rebels bombed the " + thing +
                             " near the market on Sunday. Maria Lopez was killed by a grenade.");
  }
  for (const Doc& doc : corpus.docs) {
    const text::AnalysedText& t = doc.text();
    for (std::uint32_t s = 0; s < t.sentences.size(); ++s) {
      const text::Sentence& sent = t.sentences[s];
      std::vector<std::uint8_t> tags(sent.end_token - sent.first_token, 0);
      for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
        const std::uint32_t k = i - sent.first_token;
        if (s == 0 && k == 3) tags[k] = BeginTag(Role::kTarget);
        if (s == 1 && k == 0) tags[k] = BeginTag(Role::kVictim);
        if (s == 1 && k == 1) tags[k] = InsideTag(Role::kVictim);
        if (s == 1 && k == 6) tags[k] = BeginTag(Role::kWeapon);
      }
      corpus.sentences.push_back({&t, s, std::move(tags)});
    }
  }
  return corpus;
}

std::vector<std::string> Spans(const RoleTagger& tagger, const text::AnalysedText& t,
                               std::uint32_t sentence, Role role) {
  std::vector<std::string> out;
  for (const RoleSpan& span : tagger.Tag(Lexicon(), t, sentence)) {
    if (span.role == role) out.emplace_back(t.TokenRange(span.first, span.end));
  }
  return out;
}

const RoleTagger& Trained() {
  static const Corpus corpus = MakeCorpus({"bank", "church", "bridge", "hospital", "office"});
  static const RoleTagger tagger = RoleTagger::Train(Lexicon(), corpus.sentences, 5);
  return tagger;
}

TEST(RoleTagger, UntrainedTaggerTagsNothing) {
  const Doc doc("Rebels bombed the school near the market on Sunday.");
  EXPECT_TRUE(RoleTagger().Tag(Lexicon(), doc.text(), 0).empty());
}

TEST(RoleTagger, LearnsTheSpansOfItsTrainingSentences) {
  const Doc doc(
      "Rebels bombed the bank near the market on Sunday. Maria Lopez was killed by a "
      "grenade.");
  EXPECT_EQ(Spans(Trained(), doc.text(), 0, Role::kTarget), std::vector<std::string>{"bank"});
  EXPECT_EQ(Spans(Trained(), doc.text(), 1, Role::kVictim),
            std::vector<std::string>{"Maria Lopez"});
  EXPECT_EQ(Spans(Trained(), doc.text(), 1, Role::kWeapon), std::vector<std::string>{"grenade"});
}

TEST(RoleTagger, TagsAThingItHasNotSeenInTheSamePlace) {
  // "school" is in no training sentence: the context and its class (a target's word) tag it.
  const Doc doc("Rebels bombed the school near the market on Sunday.");
  EXPECT_EQ(Spans(Trained(), doc.text(), 0, Role::kTarget), std::vector<std::string>{"school"});
}

TEST(RoleTagger, WeightsSurviveSaveAndLoad) {
  const std::string path = ::testing::TempDir() + "/roles_test.bin";
  ASSERT_TRUE(Trained().Save(path).ok());
  auto loaded = RoleTagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Doc doc(
      "Rebels bombed the school near the market on Sunday. Maria Lopez was killed by a "
      "grenade.");
  for (std::uint32_t s = 0; s < 2; ++s) {
    for (Role role : {Role::kTarget, Role::kVictim, Role::kWeapon}) {
      EXPECT_EQ(Spans(*loaded, doc.text(), s, role), Spans(Trained(), doc.text(), s, role));
    }
  }
  std::remove(path.c_str());
}

TEST(RoleTagger, MissingWeightsGiveAnEmptyTaggerAndBadOnesAnError) {
  auto missing = RoleTagger::Load(::testing::TempDir() + "/no_such_roles.bin");
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->empty());

  const std::string path = ::testing::TempDir() + "/bad_roles.bin";
  std::ofstream(path) << "not the weights of a tagger";
  auto bad = RoleTagger::Load(path);
  EXPECT_FALSE(bad.ok());
  std::remove(path.c_str());
}

Incident WithEvidence(const text::AnalysedText& t, std::uint32_t sentence) {
  Incident incident;
  incident.evidence.push_back({t.sentences[sentence].begin, t.sentences[sentence].begin + 1, ""});
  return incident;
}

TEST(FillRoles, AddsTargetVictimAndWeaponToWhatTheRulesFound) {
  const Doc doc(
      "Rebels bombed the school near the market on Sunday. Maria Lopez was killed by a "
      "grenade.");
  std::vector<Incident> incidents{WithEvidence(doc.text(), 0)};
  incidents[0].target = "market";
  FillRoles(Trained(), Lexicon(), doc.text(), incidents);
  EXPECT_EQ(incidents[0].target, "market and school");
  // The victim and the weapon are in the next sentence: still this incident's.
  EXPECT_EQ(incidents[0].actor2_text, "Maria Lopez");
  EXPECT_EQ(incidents[0].weapon, "grenade");
}

TEST(FillRoles, KeepsTheRulesWeaponAndNamesNoArmedSideAVictim) {
  const Doc doc(
      "Rebels bombed the school near the market on Sunday. Maria Lopez was killed by a "
      "grenade.");
  std::vector<Incident> incidents{WithEvidence(doc.text(), 0)};
  incidents[0].weapon = "mortar";
  incidents[0].inter2 = 1;  // a state force: a fight, not an attack on people
  FillRoles(Trained(), Lexicon(), doc.text(), incidents);
  EXPECT_EQ(incidents[0].weapon, "mortar");
  EXPECT_EQ(incidents[0].actor2_text, "");
  EXPECT_EQ(incidents[0].target, "school");
}

TEST(FillRoles, DropsATargetWithoutAThingsWord) {
  // Trained to tag any word after "bombed the", the tagger tags "zorb"; no table names it a
  // thing that can be hit, so the incident does not take it.
  const Corpus corpus = MakeCorpus({"zorb", "blick", "quon", "frell", "dax"});
  const RoleTagger tagger = RoleTagger::Train(Lexicon(), corpus.sentences, 5);
  const Doc doc("Rebels bombed the zorb near the market on Sunday.");
  ASSERT_EQ(Spans(tagger, doc.text(), 0, Role::kTarget), std::vector<std::string>{"zorb"});
  std::vector<Incident> incidents{WithEvidence(doc.text(), 0)};
  FillRoles(tagger, Lexicon(), doc.text(), incidents);
  EXPECT_EQ(incidents[0].target, "");
}

TEST(FillRoles, AnEmptyTaggerChangesNothing) {
  const Doc doc("Rebels bombed the school near the market on Sunday.");
  std::vector<Incident> incidents{WithEvidence(doc.text(), 0)};
  FillRoles(RoleTagger(), Lexicon(), doc.text(), incidents);
  EXPECT_EQ(incidents[0].target, "");
  EXPECT_EQ(incidents[0].weapon, "");
}

TEST(TagsFromKey, TagsTheKeysFillerWordForWordSkippingArticles) {
  const Doc doc("GUERRILLAS ATTACKED THE EMBASSY OF PERU WITH DYNAMITE.");
  std::array<std::vector<eval::MucEntity>, eval::kMucRoleCount> fillers;
  fillers[static_cast<int>(eval::MucRole::kTarget)] = {{"THE EMBASSY OF PERU"}};
  fillers[static_cast<int>(eval::MucRole::kWeapon)] = {{"DYNAMITE"}};
  fillers[static_cast<int>(eval::MucRole::kVictim)] = {{"JOSE PEREZ"}};  // not in the text
  const std::vector<std::uint8_t> tags = eval::TagsFromKey(doc.text(), 0, fillers);
  const std::vector<std::uint8_t> expected{0,
                                           0,
                                           0,
                                           BeginTag(Role::kTarget),
                                           InsideTag(Role::kTarget),
                                           InsideTag(Role::kTarget),
                                           0,
                                           BeginTag(Role::kWeapon),
                                           0};
  EXPECT_EQ(tags, expected);
}

}  // namespace
}  // namespace sitrep::events
