#include "events/events.h"

namespace sitrep::events {

std::vector<Incident> ExtractIncidents(const EventLexicon& /*lexicon*/,
                                       const text::AnalysedText& /*text*/,
                                       const std::vector<places::PlaceMention>& /*places*/,
                                       const std::vector<time::TimeExpression>& /*times*/,
                                       const Document& /*document*/) {
  return {};
}

}  // namespace sitrep::events
