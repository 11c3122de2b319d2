// Helpers for the events and coding tests: the real text stage, hand-built place and time
// mentions (so the stage is tested apart from the places and time stages), one call to run it.
#ifndef SITREP_TESTS_EVENTS_EVENT_TEST_UTIL_H_
#define SITREP_TESTS_EVENTS_EVENT_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "events/event_lexicon.h"
#include "places/places.h"
#include "sitrep/date.h"
#include "sitrep/incident.h"
#include "text/analysed_text.h"
#include "time/time_expressions.h"

namespace sitrep::events::testing {

// The tables of the source tree's data/ ($SITREP_SOURCE/data), loaded once.
const EventLexicon& Lexicon();

places::Place Town(const std::string& name, double lat, double lon, const std::string& admin1,
                   const std::string& country_code = "UA", const std::string& country = "Ukraine");
places::Place Country(const std::string& name, const std::string& country_code);

// A document under test: its text, the mentions the other stages would give, and the run.
class Doc {
 public:
  explicit Doc(std::string_view text, Date published = Date{2022, 3, 2});

  // Every occurrence of `surface` in the normalised text becomes a mention of `place`.
  Doc& Place(std::string_view surface, const places::Place& place,
             places::Precision precision = places::Precision::kTown,
             places::MentionKind kind = places::MentionKind::kName);
  // Every occurrence of `surface` becomes a time expression resolved to `day` (`historic`: years
  // before publication, as the time stage marks "in 2014" in a 2022 report).
  Doc& Time(std::string_view surface, Date day, int precision = 1, bool future = false,
            bool historic = false);

  std::vector<Incident> Run() const;
  const text::AnalysedText& text() const { return text_; }

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> Spans(std::string_view surface) const;

  text::AnalysedText text_;
  Date published_;
  std::vector<places::PlaceMention> places_;
  std::vector<time::TimeExpression> times_;
};

}  // namespace sitrep::events::testing

#endif  // SITREP_TESTS_EVENTS_EVENT_TEST_UTIL_H_
