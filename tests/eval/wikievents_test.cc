#include "eval/wikievents.h"

#include <gtest/gtest.h>

#include "eval/test_util.h"

namespace sitrep::eval {
namespace {

using testing::FromTable;

// Character offsets deliberately wrong (as in the corpus); token indices are what counts.
constexpr const char* kLine = R"({"doc_id": "d1",
 "tokens": ["Rebels", "bombed", "the", "bridge", ".", "Two", "died", "."],
 "text": "garbage",
 "sentences": [[[["Rebels", 9, 9], ["bombed", 9, 9], ["the", 9, 9], ["bridge", 9, 9], [".", 9, 9]],
                 "Rebels bombed the bridge."],
               [[["Two", 9, 9], ["died", 9, 9], [".", 9, 9]], "Two died."]],
 "entity_mentions": [{"id": "T1", "start": 0, "end": 1, "text": "Rebels"},
                     {"id": "T2", "start": 2, "end": 4, "text": "the bridge"},
                     {"id": "T3", "start": 5, "end": 6, "text": "Two"}],
 "event_mentions": [
   {"id": "E1", "event_type": "Conflict.Attack.DetonateExplode",
    "trigger": {"start": 1, "end": 2, "text": "bombed"},
    "arguments": [{"entity_id": "T1", "role": "Attacker", "text": "Rebels"},
                  {"entity_id": "T2", "role": "Target", "text": "the bridge"}]},
   {"id": "E2", "event_type": "Life.Die.Unspecified",
    "trigger": {"start": 6, "end": 7, "text": "died"},
    "arguments": [{"entity_id": "T3", "role": "Victim", "text": "Two"}]}]})";

TEST(WikiEventsReaderTest, RebuildsTextFromTokens) {
  auto doc = ParseWikiEventsLine(kLine);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->document.text, "Rebels bombed the bridge.\nTwo died.");
  ASSERT_EQ(doc->events.size(), 2u);
  EXPECT_EQ(doc->events[0].trigger, "bombed");
  EXPECT_EQ(doc->events[0].trigger_start, 7u);
  EXPECT_EQ(doc->events[0].conflict, ConflictClass::kAttack);
  EXPECT_EQ(doc->events[1].trigger, "died");
  EXPECT_EQ(doc->fillers[1][0], std::vector<std::string>{"THE BRIDGE"});
  EXPECT_EQ(doc->fillers[2][0], std::vector<std::string>{"TWO"});
  EXPECT_FALSE(ParseWikiEventsLine("{not json").ok());
}

TEST(WikiEventsScoreTest, EventsAndFillers) {
  auto doc = ParseWikiEventsLine(kLine);
  ASSERT_TRUE(doc.ok());
  Incident bombing;
  bombing.event_type = "Explosions/Remote violence";
  bombing.actor1_text = "Rebels";
  bombing.target = "bridge";
  bombing.evidence.push_back({0, 25, "Rebels bombed the bridge."});
  Incident other;
  other.event_type = "Strategic developments";
  const EvalReport report =
      ScoreWikiEvents({*doc}, FromTable({{"d1", {bombing, other}}}), EvalOptions());
  const Json& s = report.scores;
  EXPECT_EQ(s["attack_present"]["tp"], 1);
  EXPECT_EQ(s["demonstrate_present"]["tp"], 0);
  EXPECT_EQ(s["events"]["tp"], 1);
  EXPECT_EQ(s["events"]["fp"], 1);
  EXPECT_EQ(s["role_fillers"]["Attacker"]["tp"], 1);
  EXPECT_EQ(s["role_fillers"]["Target"]["tp"], 0);
  EXPECT_EQ(s["role_fillers_lenient"]["Target"]["tp"], 1);
  EXPECT_EQ(s["role_fillers"]["Victim"]["fn"], 1);
}

}  // namespace
}  // namespace sitrep::eval
