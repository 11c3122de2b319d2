// The events stage's tables (data/triggers.tsv, actors.tsv, acled_actors.tsv, attribution.tsv,
// modality.tsv, quantities.tsv), loaded once into hash maps keyed on lower-cased tokens.
#ifndef SITREP_EVENTS_EVENT_LEXICON_H_
#define SITREP_EVENTS_EVENT_LEXICON_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::events {

struct EventLexicon {
  // Loads every table from `data_dir`; a missing or malformed table is an error.
  static Result<EventLexicon> Load(const std::string& data_dir);
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_LEXICON_H_
