// The events stage: triggers, actors, quantities and attributions annotated, framed into one
// frame per reported act, frames of one incident merged, and each incident coded in ACLED's terms.
#ifndef SITREP_EVENTS_EVENTS_H_
#define SITREP_EVENTS_EVENTS_H_

#include <vector>

#include "events/event_lexicon.h"
#include "places/places.h"
#include "sitrep/document.h"
#include "sitrep/incident.h"
#include "text/analysed_text.h"
#include "time/time_expressions.h"

namespace sitrep::events {

// The incidents the text reports, in text order of their first evidence. Evidence offsets are
// into text.text (the normalised text); the caller maps them to the original. doc_id, event_id
// and source are left for the caller to fill.
std::vector<Incident> ExtractIncidents(const EventLexicon& lexicon, const text::AnalysedText& text,
                                       const std::vector<places::PlaceMention>& places,
                                       const std::vector<time::TimeExpression>& times,
                                       const Document& document);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENTS_H_
