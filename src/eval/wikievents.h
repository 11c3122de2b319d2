// `sitrep eval wikievents`: WikiEvents (KAIROS ontology) JSON lines as gold.
//
// The `text` field does not agree with the token offsets, so the document is rebuilt from the
// sentences (joined by new lines) and every token's byte range located in it: token indices are
// the ground truth. The set has no publication dates; every document gets 1 January 2020.
//
// Measured: conflict events present per document (class "attack": Conflict.Attack.* ↔ ACLED
// Battles, Explosions/Remote violence, Violence against civilians; class "demonstrate":
// Conflict.Demonstrate.* ↔ Protests, Riots); event mentions found (an incident matches a gold
// conflict event of its class when one of its evidence ranges covers the trigger); and
// document-level role fillers: Attacker (Attack.Attacker, Die.Killer, Injure.Injurer) ←
// actor1_text, Target (Attack.Target) ← target, Victim (Die/Injure.Victim) ← actor2_text, Place
// (Attack/Die/Injure.Place) ← location; strict and lenient (word-boundary containment).
#ifndef SITREP_EVAL_WIKIEVENTS_H_
#define SITREP_EVAL_WIKIEVENTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

enum class ConflictClass { kNone, kAttack, kDemonstrate };

struct WikiEvent {
  std::string type;  // "Conflict.Attack.DetonateExplode"
  ConflictClass conflict = ConflictClass::kNone;
  std::size_t trigger_start = 0;  // byte range of the trigger in the rebuilt text
  std::size_t trigger_end = 0;
  std::string trigger;
};

inline constexpr int kWikiRoleCount = 4;  // Attacker, Target, Victim, Place

struct WikiDocument {
  Document document;
  std::vector<WikiEvent> events;
  // Per role: entities, each a list with its one normalised mention.
  std::vector<std::vector<std::string>> fillers[kWikiRoleCount];
};

ConflictClass ConflictClassOfKairos(std::string_view event_type);
ConflictClass ConflictClassOfAcled(std::string_view event_type);

// One JSON line → a document; InvalidArgument on malformed lines.
Result<WikiDocument> ParseWikiEventsLine(std::string_view line);
Result<std::vector<WikiDocument>> ReadWikiEvents(const std::string& path);

EvalReport ScoreWikiEvents(const std::vector<WikiDocument>& documents, const ExtractFn& extract,
                           const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_WIKIEVENTS_H_
