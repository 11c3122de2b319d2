// The coding stage: a group of frames that report one incident, coded in ACLED's terms: event
// and sub-event type by the codebook's hierarchy, ACLED actor names and inter codes, the
// interaction code, place and time precision, fatalities, a one-sentence note.
#ifndef SITREP_CODING_CODE_H_
#define SITREP_CODING_CODE_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "events/event_lexicon.h"
#include "events/frames.h"
#include "sitrep/incident.h"

namespace sitrep::coding {

// What the whole document tells that one incident does not: the foreign state most often named
// with a force ("RU"), the other side of battles whose text names only one; the country the
// document is about.
struct DocumentContext {
  std::string adversary_country;
  std::string home_country;  // the country most of the document's settlements are in
  // The actors the document names by country and unit ("SV:fmln"), for "rebels" of no named
  // group: the rebel group of the place that the document names.
  std::set<std::string> named_actors = {};
};

// The sub-event type of frames combined: territory changes by who takes the place (a state at
// home regains it, anyone else overtakes it), non-violent only where the text leaves fighting in
// doubt; otherwise the highest-ranked type.
std::string CombinedSubEventType(const events::EventLexicon& lexicon,
                                 const std::vector<events::Frame>& frames,
                                 bool actor1_at_home);

// ACLED's interaction code: the lower inter code then the higher; inter1 * 10 without actor2.
int Interaction(int inter1, int inter2);

// The incident the frames report (doc_id, event_id and source are left to the caller).
// nullopt when the frames do not make an ACLED incident (no place).
std::optional<Incident> CodeIncident(const events::EventLexicon& lexicon,
                                     const std::vector<events::Frame>& frames,
                                     const DocumentContext& context);

}  // namespace sitrep::coding

#endif  // SITREP_CODING_CODE_H_
