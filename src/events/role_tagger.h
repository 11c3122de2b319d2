// The learned role filler: a token tagger that marks, in a sentence, the words naming an act's
// perpetrator (a person or an organisation), its physical target, its human victim and its
// weapon (BIO tags, greedy left to right). An averaged perceptron over hashed features of the
// words around each token (no capitalisation: the training texts are written in capitals),
// and of the classes the event tables give them (trigger, weapon, actor, target word, given
// name), trained by `sitrep train roles` (eval/train_roles.cc) and loaded, when the data
// directory holds its weights (roles.bin), by the Model. It adds the targets, victims and
// weapons the rules miss (FillRoles).
#ifndef SITREP_EVENTS_ROLE_TAGGER_H_
#define SITREP_EVENTS_ROLE_TAGGER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/event_lexicon.h"
#include "sitrep/incident.h"
#include "sitrep/status.h"
#include "text/analysed_text.h"

namespace sitrep::events {

enum class Role : std::uint8_t { kPerpInd, kPerpOrg, kTarget, kVictim, kWeapon };
inline constexpr int kRoleCount = 5;

// Tags: 0 outside, 1 + role the first token of a span, 1 + kRoleCount + role a later one.
inline constexpr int kTagCount = 1 + 2 * kRoleCount;
inline std::uint8_t BeginTag(Role r) { return static_cast<std::uint8_t>(1 + static_cast<int>(r)); }
inline std::uint8_t InsideTag(Role r) {
  return static_cast<std::uint8_t>(1 + kRoleCount + static_cast<int>(r));
}

// Tokens [first, end) of the text name a filler of `role`.
struct RoleSpan {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  Role role = Role::kTarget;
};

// One training sentence: its tokens in `text` and a tag per token.
struct TaggedSentence {
  const text::AnalysedText* text = nullptr;
  std::uint32_t sentence = 0;
  std::vector<std::uint8_t> tags;  // one per token of the sentence
};

// The spans of a run of tags, the first tag being token `first`'s: a begin tag opens one, an
// inside tag carries on the span just before it (and is dropped after anything else).
std::vector<RoleSpan> SpansOfTags(const std::vector<std::uint8_t>& tags, std::uint32_t first);

class RoleTagger {
 public:
  RoleTagger() = default;

  // Weights from `path`; an empty tagger (tags nothing) where the file does not exist.
  static Result<RoleTagger> Load(const std::string& path);
  Status Save(const std::string& path) const;
  // `epochs` passes over `sentences` (in an order shuffled with a fixed seed: the same input
  // gives the same weights).
  static RoleTagger Train(const EventLexicon& lexicon, const std::vector<TaggedSentence>& sentences,
                          int epochs);

  bool empty() const { return weights_.empty(); }
  // The spans of sentence `sentence` of `t`.
  std::vector<RoleSpan> Tag(const EventLexicon& lexicon, const text::AnalysedText& t,
                            std::uint32_t sentence) const;

 private:
  std::vector<float> weights_;  // kBuckets rows of kTagCount
};

// Adds to each incident the role fillers the tagger finds in the sentences of its evidence and
// in those up to five sentences from it (a sentence goes to the nearest incident): targets that
// hold a target's word of the event tables to `target` and people to `actor2_text` (where
// actor2 is no armed side), each added to what the rules found ("A, B and C"); the first weapon
// of a weapon's word where the rules found none. Evidence offsets are into t.text.
void FillRoles(const RoleTagger& tagger, const EventLexicon& lexicon, const text::AnalysedText& t,
               std::vector<Incident>& incidents);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_ROLE_TAGGER_H_
