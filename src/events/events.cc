#include "events/events.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "coding/code.h"
#include "events/annotate.h"
#include "events/frames.h"

namespace sitrep::events {
namespace {

// The foreign state whose forces the document names most often: the other side of battles the
// text tells from one side only.
coding::DocumentContext Context(const text::AnalysedText& text, const Annotations& annotations,
                                const std::vector<places::PlaceMention>& places) {
  // The dateline ("SAN SALVADOR, 30 MAR 89 --", "KYIV, March 2 (Reuters) -") names where the
  // report comes from: it weighs as much as a few mentions in the body.
  constexpr int kDatelineWeight = 3;
  // Mentions per country. Equal counts go to a country the text also names, as a country or by
  // its forces ("in Medellin, Colombia" filed from Moscow; "Ukrainian forces shelled Donetsk with
  // Grad rockets" is no Slovenian report for its village named Grad), then to the country of the
  // largest place named.
  std::set<std::string> named;
  for (const places::PlaceMention& m : places) {
    if (m.place.is_country()) named.insert(m.place.country_code);
  }
  // The actors it names by country and unit ("SV:fmln"), for "rebels" of no named group.
  std::set<std::string> named_actors;
  for (const ActorSpan& a : annotations.actors) {
    if (a.country.empty() || a.country == "*") continue;
    named.insert(a.country);
    if (!a.unit.empty()) named_actors.insert(a.country + ":" + a.unit);
  }
  std::map<std::string, std::tuple<int, bool, long long>> home;
  for (const places::PlaceMention& m : places) {
    if (m.place.is_country() || m.place.country_code.empty()) continue;
    const bool dateline =
        m.first_token == 0 && m.end_token < text.tokens.size() && text.lower[m.end_token] == ",";
    auto& [count, is_named, largest] = home[m.place.country_code];
    count += dateline ? kDatelineWeight : 1;
    is_named = named.count(m.place.country_code) > 0;
    largest = std::max(largest, m.place.population);
  }
  std::string home_country;
  std::tuple<int, bool, long long> best_home{0, false, 0};
  for (const auto& [c, votes] : home) {
    if (votes > best_home) best_home = votes, home_country = c;
  }
  std::map<std::string, int> forces;
  for (const ActorSpan& a : annotations.actors) {
    if (text.sentences[text.tokens[a.first].sentence].skip) continue;
    if (a.country.empty() || a.country == "*" || a.country == home_country) continue;
    ++forces[a.country];
  }
  coding::DocumentContext context;
  context.home_country = home_country;
  context.named_actors = std::move(named_actors);
  int best = 0;
  for (const auto& [c, n] : forces) {
    if (n > best) best = n, context.adversary_country = c;
  }
  return context;
}

// Lower-case words of a sentence that say what it is about (long words, no function words).
std::unordered_set<std::string> ContentWords(const text::AnalysedText& text, const text::Sentence& s) {
  static const std::unordered_set<std::string_view> kFunction = {
      "that", "this", "there", "their", "they", "them", "have", "been", "were", "with", "from",
      "also", "where", "when", "which", "while", "into", "about", "after", "before", "could",
      "would", "said", "says", "shared", "reported", "according", "other", "others", "more"};
  std::unordered_set<std::string> out;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (text.tokens[i].kind != text::TokenKind::kWord || text.lower[i].size() < 4) continue;
    if (kFunction.count(text.lower[i])) continue;
    out.insert(text.lower[i]);
  }
  return out;
}

// A sentence that only says who showed or told something ("The footage was shared by X") lends
// its source to the incident it is about: the one whose sentences share the most words with it.
void AttachSources(const text::AnalysedText& text, const Annotations& annotations,
                   const std::vector<std::vector<std::uint32_t>>& sentences_of,
                   std::vector<std::optional<Incident>>& incidents) {
  std::vector<std::optional<std::unordered_set<std::string>>> cache(text.sentences.size());
  auto words_of = [&](std::uint32_t si) -> const std::unordered_set<std::string>& {
    if (!cache[si]) cache[si] = ContentWords(text, text.sentences[si]);
    return *cache[si];
  };
  std::unordered_set<std::uint32_t> framed;
  for (const auto& list : sentences_of) framed.insert(list.begin(), list.end());
  for (const AttributionSpan& at : annotations.attributions) {
    // An accuser tells of the act it accuses another of, which its sentence frames or not: it
    // is no source of another incident.
    if (at.source_first == at.source_end || at.accusation) continue;
    if (at.source_actor >= 0 && !annotations.actors[at.source_actor].country.empty()) continue;
    const std::uint32_t si = text.tokens[at.cue_first].sentence;
    if (framed.count(si) || text.sentences[si].skip) continue;
    const auto& words = words_of(si);
    int best = -1;
    std::size_t best_overlap = 1;
    for (std::size_t n = 0; n < incidents.size(); ++n) {
      if (!incidents[n]) continue;
      std::unordered_set<std::string> theirs;
      for (std::uint32_t sj : sentences_of[n]) {
        for (const std::string& w : words_of(sj)) theirs.insert(w);
      }
      std::size_t overlap = 0;
      for (const std::string& w : words) overlap += theirs.count(w);
      // Equal overlaps go to the incident told nearest to the sentence.
      auto distance = [&](std::size_t m) {
        std::uint32_t d = ~0u;
        for (std::uint32_t sj : sentences_of[m]) d = std::min(d, sj > si ? sj - si : si - sj);
        return d;
      };
      if (overlap > best_overlap ||
          (overlap == best_overlap && best >= 0 && distance(n) < distance(best))) {
        best_overlap = overlap;
        best = static_cast<int>(n);
      }
    }
    if (best < 0) continue;
    std::string source(text.TokenRange(at.source_first, at.source_end));
    auto& reported = incidents[best]->reported_by;
    if (std::find(reported.begin(), reported.end(), source) == reported.end()) {
      reported.push_back(source);
    }
  }
}

}  // namespace

std::vector<Incident> ExtractIncidents(const EventLexicon& lexicon, const text::AnalysedText& text,
                                       const std::vector<places::PlaceMention>& places,
                                       const std::vector<time::TimeExpression>& times,
                                       const Document& document) {
  const Annotations annotations = Annotate(lexicon, text);
  std::vector<Frame> frames = BuildFrames(lexicon, text, annotations, places, times, document);
  const coding::DocumentContext context = Context(text, annotations, places);
  std::vector<std::optional<Incident>> coded;
  std::vector<std::vector<std::uint32_t>> sentences_of;
  // Per incident: whether its place is only the one in focus, whether its own sentence gives it
  // a day, and its parties' countries.
  std::vector<bool> focus_only;
  std::vector<bool> dated;
  std::vector<std::set<std::string>> party_countries;
  for (const std::vector<Frame>& group : Resolve(std::move(frames))) {
    coded.push_back(coding::CodeIncident(lexicon, group, context));
    sentences_of.emplace_back();
    focus_only.push_back(true);
    dated.push_back(false);
    party_countries.emplace_back();
    for (const Frame& f : group) {
      sentences_of.back().push_back(f.sentence);
      focus_only.back() = focus_only.back() && f.place_from_focus;
      dated.back() =
          dated.back() || f.date_source == DateSource::kOwn || f.date_source == DateSource::kReport;
      for (const FrameActor* a : {&f.actor1, &f.actor2}) {
        if (!a->country.empty() && a->country != "*") party_countries.back().insert(a->country);
      }
    }
  }
  AttachSources(text, annotations, sentences_of, coded);
  // A place in a country the document barely touches is context (a capital named in passing,
  // a foreign city of the same name), not the scene of an incident.
  // A place abroad stands where the document dwells there (two mentions) and also names its
  // country ("Belgorod, Russia", "Russian forces"), a city of it or two of its places: a word
  // that happens to be a small place's name somewhere, however often repeated, does not.
  constexpr long long kCityPopulation = 100000;
  std::map<std::string, int> settlements;
  std::map<std::string, std::set<std::string>> distinct;
  std::set<std::string> named_countries;
  std::set<std::string> with_city;
  for (const places::PlaceMention& m : places) {
    if (text.sentences[text.tokens[m.first_token].sentence].skip) continue;
    if (m.place.is_country()) {
      named_countries.insert(m.place.country_code);
    } else {
      ++settlements[m.place.country_code];
      distinct[m.place.country_code].insert(m.place.name);
      if (m.place.population >= kCityPopulation) with_city.insert(m.place.country_code);
    }
  }
  for (const ActorSpan& a : annotations.actors) {
    if (!a.country.empty() && a.country != "*") named_countries.insert(a.country);
  }
  const std::string& home = context.home_country;
  std::vector<Incident> incidents;
  for (std::size_t k = 0; k < coded.size(); ++k) {
    auto& incident = coded[k];
    if (!incident) continue;
    const std::string& cc = incident->country_code;
    // An act whose sentence names no place takes the place in focus only at home or in a
    // country of its parties: "the conflict between the two states" after a Geneva dateline
    // did not happen in Geneva.
    if (focus_only[k] && cc != home && !party_countries[k].count(cc)) continue;
    // ... or a city of the country the text names ("in Medellin, a city in Colombia"), or a
    // place the act's sentence names in a region at war on the day that sentence gives the act
    // (data/place_theatres.tsv): a front-line town named once in a story told from the other
    // side's capital is the scene, not a name in passing; an act dated only by the text around
    // it is more often the war recalled ("during the battle of X").
    const std::optional<Date> day =
        incident->event_date ? incident->event_date : document.published;
    const bool supported =
        (settlements[cc] >= 2 &&
         (named_countries.count(cc) || with_city.count(cc) || distinct[cc].size() >= 2)) ||
        (named_countries.count(cc) && with_city.count(cc)) ||
        (!focus_only[k] && dated[k] && day && lexicon.InTheatre(cc, incident->admin1, *day));
    if (cc != home && !supported) continue;
    incidents.push_back(std::move(*incident));
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
