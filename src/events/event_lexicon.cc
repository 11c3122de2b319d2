#include "events/event_lexicon.h"

namespace sitrep::events {

Result<EventLexicon> EventLexicon::Load(const std::string& /*data_dir*/) { return EventLexicon{}; }

}  // namespace sitrep::events
