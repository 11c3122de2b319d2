// The events stage's annotators: event triggers, actors, casualty counts, attributions and
// modality cues, each a token span found by table lookups, plus a clause index per token.
#ifndef SITREP_EVENTS_ANNOTATE_H_
#define SITREP_EVENTS_ANNOTATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/event_lexicon.h"
#include "text/analysed_text.h"

namespace sitrep::events {

struct TriggerSpan {
  std::uint32_t first = 0;  // tokens [first, end)
  std::uint32_t end = 0;
  const TriggerEntry* entry = nullptr;
};

struct ActorSpan {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  std::string country;  // ISO alpha-2, "*" (where the incident is) or empty (unknown)
  std::string unit;     // empty for a bare country name ("Ukraine said")
  bool bare_demonym = false;  // "Russian" alone: an actor only before an act ("Russian shelling")
  // "Russian and Ukrainian forces": the unit words [unit_first, unit_end) the first demonym
  // shares with the second (empty where the span holds its own).
  std::uint32_t unit_first = 0;
  std::uint32_t unit_end = 0;
};

struct CasualtySpan {
  std::uint32_t first = 0;  // the figure and its casualty word
  std::uint32_t end = 0;
  QuantityKind what = QuantityKind::kKilled;  // kKilled, kInjured or kMissing
  int count = 0;
  bool vague = false;
  bool toll = false;  // "the death toll rose to 15": the figure a toll word is given
};

struct AttributionSpan {
  std::uint32_t cue_first = 0;
  std::uint32_t cue_end = 0;
  std::uint32_t source_first = 0;  // empty range: no source named
  std::uint32_t source_end = 0;
  bool claim = false;
  // "X accused Y of ...": the source accuses another side, who is the act's author, not X.
  bool accusation = false;
  int source_actor = -1;  // index into Annotations::actors when the source is an actor
};

struct ModalitySpan {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  ModalityClass modality = ModalityClass::kNegation;
  ModalityScope scope = ModalityScope::kNext;
};

struct Annotations {
  // Per token: clause number, increasing through the text, except that a clause interrupted by an
  // aside ("X, backed by Y, shelled") takes up its number again after it.
  std::vector<std::uint32_t> clause;
  std::vector<TriggerSpan> triggers;  // 'block' phrases are dropped here
  std::vector<ActorSpan> actors;
  std::vector<CasualtySpan> casualties;
  std::vector<AttributionSpan> attributions;
  std::vector<ModalitySpan> modalities;
};

// All spans of all sentences (skipped ones included), each list in text order.
Annotations Annotate(const EventLexicon& lexicon, const text::AnalysedText& text);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_ANNOTATE_H_
