#include "events/events.h"

#include <algorithm>
#include <map>

#include "coding/code.h"
#include "events/annotate.h"
#include "events/frames.h"

namespace sitrep::events {
namespace {

// The foreign state whose forces the document names most often: the other side of battles the
// text tells from one side only.
coding::DocumentContext Context(const text::AnalysedText& text, const Annotations& annotations,
                                const std::vector<places::PlaceMention>& places) {
  std::map<std::string, int> home;
  for (const places::PlaceMention& m : places) {
    if (!m.place.is_country() && !m.place.country_code.empty()) ++home[m.place.country_code];
  }
  std::string home_country;
  int best = 0;
  for (const auto& [c, n] : home) {
    if (n > best) best = n, home_country = c;
  }
  std::map<std::string, int> forces;
  for (const ActorSpan& a : annotations.actors) {
    if (text.sentences[text.tokens[a.first].sentence].skip) continue;
    if (a.country.empty() || a.country == "*" || a.country == home_country) continue;
    ++forces[a.country];
  }
  coding::DocumentContext context;
  best = 0;
  for (const auto& [c, n] : forces) {
    if (n > best) best = n, context.adversary_country = c;
  }
  return context;
}

}  // namespace

std::vector<Incident> ExtractIncidents(const EventLexicon& lexicon, const text::AnalysedText& text,
                                       const std::vector<places::PlaceMention>& places,
                                       const std::vector<time::TimeExpression>& times,
                                       const Document& document) {
  const Annotations annotations = Annotate(lexicon, text);
  std::vector<Frame> frames = BuildFrames(lexicon, text, annotations, places, times, document);
  const coding::DocumentContext context = Context(text, annotations, places);
  std::vector<Incident> incidents;
  for (const std::vector<Frame>& group : Resolve(std::move(frames))) {
    auto incident = coding::CodeIncident(lexicon, group, context);
    if (incident) incidents.push_back(std::move(*incident));
  }
  std::stable_sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
    return a.evidence.front().start < b.evidence.front().start;
  });
  for (Incident& incident : incidents) {
    for (Evidence& e : incident.evidence) e.text = text.text.substr(e.start, e.end - e.start);
  }
  return incidents;
}

}  // namespace sitrep::events
