// Framing and resolution: one frame per reported act (a trigger with its actor, place, day,
// casualties, target and attribution, filled clause by clause and from the focus of the text),
// then frames of one incident merged.
#ifndef SITREP_EVENTS_FRAMES_H_
#define SITREP_EVENTS_FRAMES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "events/annotate.h"
#include "events/event_lexicon.h"
#include "places/places.h"
#include "sitrep/date.h"
#include "sitrep/document.h"
#include "text/analysed_text.h"
#include "time/time_expressions.h"

namespace sitrep::events {

// Where a frame's day comes from, best first.
enum class DateSource : std::uint8_t {
  kOwn,          // a time expression governing the act's clause
  kReport,       // the day a claim or confirmation was made ("claimed on Wednesday that ...")
  kFocus,        // the time in focus in the preceding text
  kPublication,  // nothing in the text: the publication date, at lower precision
  kNone,         // a running toll ("so far") or an ongoing movement: no single day
};

struct FrameActor {
  std::string country;  // ISO alpha-2, "*" = where the incident is, empty = unknown
  std::string unit;     // "military", "air_force", "civilians", ... ; empty = a state as such
  std::string text;     // as the text names it
  bool state = false;   // named as a state as such ("Russia", "Kyiv"), no force named
  bool people = false;  // named by its people alone ("the Finns", "the Russians"), no force named
  bool present() const { return !country.empty() || !unit.empty(); }
  bool armed() const;   // a force rather than civilians, protesters or rioters
};

struct Frame {
  std::uint32_t sentence = 0;
  std::uint32_t paragraph = 0;
  std::uint32_t trigger_first = 0;
  std::uint32_t trigger_end = 0;
  TriggerClass trigger_class = TriggerClass::kStrong;
  std::string sub_event_type;
  std::string weapon;
  bool anaphoric = false;  // "the attack", "Tuesday's strike": refers to an act already framed
  // Neither a day of its own nor a side named in its sentence: it may add to an incident told
  // nearby ("There is an ongoing fight") but does not make one.
  bool supporting = false;
  bool place_from_focus = false;  // the place is the one in focus, not named in its sentence
  // Its paragraph says fighting is unknown or did not happen ("No information on whether
  // fighting took place"): a territory change then stays non-violent.
  bool fight_uncertain = false;
  bool armed_casualties = false;  // the dead or wounded counted are soldiers or fighters
  bool seizure = false;  // an intercept of arms seized or found on the ground (triggers.tsv)

  FrameActor actor1;
  FrameActor actor2;

  std::optional<places::Place> place;
  int geo_precision = 1;

  std::optional<Date> date;
  int time_precision = 1;
  DateSource date_source = DateSource::kNone;

  std::optional<int> fatalities;
  std::optional<int> injuries;
  // Whether it killed or wounded anyone.
  bool HasToll() const { return fatalities.value_or(0) > 0 || injuries.value_or(0) > 0; }
  std::string target;
  // The target is a force's thing ("a Russian tank", "the military base": military_targets.tsv),
  // and the side a demonym in it names ("Russian"), if any: the act hit that force.
  bool military_target = false;
  FrameActor target_side;
  // The person the act was done to, by name ("the murder of Mayor Ana Ruiz": "Ana Ruiz").
  std::string victim_name;
  std::string weapon_text;
  std::vector<std::string> reported_by;
  std::optional<std::string> claimed_by;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> evidence;  // normalised byte ranges
  double confidence = 0.5;
};

// The frames of the text in text order. Sentences marked skip, acts under negation, denial,
// future, plans, threats, requests, condemnation or questions, and acts placed only in a country
// give no frame.
std::vector<Frame> BuildFrames(const EventLexicon& lexicon, const text::AnalysedText& text,
                               const Annotations& annotations,
                               const std::vector<places::PlaceMention>& places,
                               const std::vector<time::TimeExpression>& times,
                               const Document& document);

// Groups of frames that report one incident (ACLED: one day x one place x one actor pair, tactics
// combined), each group in text order.
std::vector<std::vector<Frame>> Resolve(std::vector<Frame> frames);

// Whether two places are the same for ACLED (same entry, or centres within a kilometre).
bool SamePlace(const places::Place& a, const places::Place& b);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_FRAMES_H_
