// The events stage's tables (data/triggers.tsv, event_types.tsv, actors.tsv, acled_actors.tsv,
// attribution.tsv, modality.tsv, quantities.tsv, held_areas.tsv, note_words.tsv, countries.tsv),
// loaded once into hash maps keyed on lower-cased tokens. Immutable after loading; shared by all
// threads.
#ifndef SITREP_EVENTS_EVENT_LEXICON_H_
#define SITREP_EVENTS_EVENT_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "lexicon/held_areas.h"
#include "lexicon/word_roles.h"
#include "sitrep/date.h"
#include "sitrep/status.h"

namespace sitrep::events {

// Phrases of lower-cased tokens mapped to entries; finds the longest phrase starting at a token.
template <typename Entry>
class PhraseTable {
 public:
  struct Match {
    std::uint32_t length = 0;  // tokens matched; 0 = none
    const Entry* entry = nullptr;
  };

  // `phrase` is tokens separated by single spaces. A later duplicate is ignored.
  void Add(std::string_view phrase, Entry entry);
  // The longest phrase at tokens[i..end) of `lower`.
  Match LongestAt(const std::vector<std::string>& lower, std::uint32_t i, std::uint32_t end) const;
  std::size_t size() const { return entries_.size(); }
  // The first tokens of all phrases.
  std::vector<std::string> FirstTokens() const;

 private:
  struct Phrase {
    std::vector<std::string> rest;  // tokens after the first
    std::size_t entry = 0;
  };
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;
  std::vector<Entry> entries_;
};

enum class TriggerClass : std::uint8_t {
  kStrong, kWeak, kFight, kCapture, kRecapture, kTransfer, kMovement, kDisplacement, kIntercept,
  kArrest, kAgreement, kProtest, kProtestForce, kRiot, kBlock,
  // A word of assembly ("gathered"): a protest only where its sentence goes on to a protest's
  // purpose ("demanding", "to commemorate": kProtestPurpose, kept in their own table).
  kGathering,
  kProtestPurpose,
};

struct TriggerEntry {
  TriggerClass trigger_class = TriggerClass::kStrong;
  std::string sub_event_type;  // ACLED sub-event type it suggests
  std::string weapon;
  // Arms seized or found on the ground ("seized a cache"; triggers.tsv seizure), an intercept
  // rather than a strike stopped in flight.
  bool seizure = false;
};

struct SubEventInfo {
  std::string event_type;
  std::string disorder_type;
  int rank = 0;  // higher wins when tactics combine
  std::string note_verb;
};

enum class ActorKind : std::uint8_t { kDemonym, kCountry, kUnit, kGroup };

struct ActorEntry {
  ActorKind kind = ActorKind::kUnit;
  std::string country;  // ISO 3166 alpha-2; "*" = where the incident is; empty for units
  std::string unit;     // "military", "air_force", "civilians", ...
  // A state word of countries.tsv that actors.tsv does not list ("Salvadoran", "Peru"): an
  // actor only with a force word ("Salvadoran troops", "the army of Peru"), never alone.
  bool with_unit_only = false;
  // A unit that names a body speaking for a state ("officials"), not a force: no force word.
  bool voice = false;
  // A unit word that alone says nothing of whose force it is ("forces").
  bool vague = false;
  // A force that serves in its own state only ("border guards"): named by no state, it is the
  // force of the state where the incident is.
  bool home = false;
  // A force foreign to the place by its very name ("occupiers", "invaders"): named by no state,
  // it is the force of the state's adversary there.
  bool foreign = false;
  // A group word for people of no side ("men", "an individual"): a side only as the author of
  // an act, the subject of its verb or the agent of its passive; elsewhere it names no party.
  bool author = false;
};

struct AcledActor {
  std::string country;
  std::string unit;
  Date from;
  std::optional<Date> to;
  std::string name;  // may hold "{country}"
  int inter_home = 0;
  int inter_abroad = 0;
};

// An area one side held against another over a period (data/held_areas.tsv), its sides split
// into country and unit.
struct HeldArea {
  lexicon::HeldArea area;
  std::string holder_country, holder_unit;
  std::string opponent_country, opponent_unit;
};

// The two sides at a place on a front line: who fires from across the line, who holds it.
struct LineSides {
  std::string across_country, across_unit;
  std::string holding_country, holding_unit;
};

// kAccuse: a verb of accusation ("X accused Y of shelling"): the source is the subject before it,
// never a name after it, which is the accused.
enum class AttributionKind : std::uint8_t { kVerb, kPrep, kBy, kAccuse };

struct AttributionEntry {
  AttributionKind kind = AttributionKind::kVerb;
  bool claim = false;
};

enum class ModalityClass : std::uint8_t {
  kNegation, kDenial, kFuture, kHypothetical, kPlan, kThreat, kRequest, kPurpose, kCondemnation,
  kOpinion, kQuestion, kCumulative, kAggregate, kOngoing, kRealis, kBackground,
  kCrime,  // ordinary crime ("bribe", "suspect"): an arrest for it is routine enforcement
  kUnplaced,  // "at unspecified locations": the sentence's acts and toll have no place of theirs
  kHabitual,  // "daily", "in recent weeks", "for months": many acts told as one, no incident
  kVisit,     // "visited X, where ...": the sentence's acts without a day of their own are recalled
  // "a timeline of", "a look back at": in a document's lead, the piece retells past acts; only an
  // act dated by the text to the last days before publication is news.
  kRetrospective,
  // "a series of", "waves of": acts told as a run; one incident only when the text gives it one
  // day of its own.
  kSeries,
  // "last summer", "earlier this year": a stretch well before publication; an act of the
  // sentence with no day of its own is recalled, not reported.
  kEarlier,
  // "comes a week after": what follows is an earlier act the one told before is linked to; that
  // act is background, and the one before takes nothing from it (place, day, toll).
  kSequel,
  // "in a dispute over", "a domestic quarrel": personal violence, not coded where no armed side
  // did it (codebook: interpersonal and domestic violence are not political violence).
  kPersonal,
};
enum class ModalityScope : std::uint8_t { kNext, kClause, kSentence };

struct ModalityEntry {
  ModalityClass modality = ModalityClass::kNegation;
  ModalityScope scope = ModalityScope::kNext;
};

enum class QuantityKind : std::uint8_t {
  kNumber, kMultiplier, kVague, kKilled, kInjured, kMissing, kBound,
};

struct QuantityEntry {
  QuantityKind kind = QuantityKind::kNumber;
  long long value = 0;
};

struct EventLexicon {
  // Bits of first_tokens: which tables have a phrase starting with a token.
  static constexpr std::uint8_t kTriggerBit = 1;
  static constexpr std::uint8_t kActorBit = 2;
  static constexpr std::uint8_t kAttributionBit = 4;
  static constexpr std::uint8_t kModalityBit = 8;
  static constexpr std::uint8_t kQuantityBit = 16;

  PhraseTable<TriggerEntry> triggers;
  // Purposes that make a gathering a protest (triggers.tsv, class protest_purpose), and the
  // trigger such a gathering becomes.
  PhraseTable<TriggerEntry> protest_purposes;
  TriggerEntry gathering_protest{TriggerClass::kProtest, "Peaceful protest", ""};
  PhraseTable<ActorEntry> actors;
  PhraseTable<AttributionEntry> attributions;
  PhraseTable<ModalityEntry> modalities;
  PhraseTable<QuantityEntry> quantities;
  std::unordered_map<std::string, SubEventInfo> sub_events;
  std::vector<AcledActor> acled_actors;
  // How a note names an actor by its unit ("{adj} forces"; data/note_words.tsv), and each
  // country's adjective ("UA" → "Ukrainian"; the first demonym of countries.tsv).
  std::unordered_map<std::string, std::string> note_words;
  std::unordered_map<std::string, std::string> adjectives;
  // Each country's ACLED name by code ("SV" → "El Salvador"), for a state's force that
  // acled_actors.tsv has no row of its own for (its rows of country "state").
  std::unordered_map<std::string, std::string> country_names;
  // Person names in text of any case (upper-case wire text too): a given name starts one
  // (place_given_names.tsv, place_given_names_es.tsv and the English list compiled at set-up);
  // words that are not common English words (place_common_words.tsv) carry it on.
  // Weapon words (weapons.tsv), each mapped to itself.
  PhraseTable<std::string> weapons;
  // Words of handling a weapon without using it (weapon_handling.tsv: "supplied", "laid",
  // "detected"), each mapped to itself.
  PhraseTable<std::string> weapon_handling;
  // Head words of physical targets (targets.tsv): buildings, vehicles, installations.
  std::unordered_set<std::string> target_heads;
  bool IsTargetHead(const std::string& lower) const { return target_heads.count(lower) > 0; }
  // Words that make a thing hit a force's (military_targets.tsv): its installations, equipment
  // and formations ("a military base", "a tank", "checkpoints").
  std::unordered_set<std::string> military_marks;
  bool IsMilitaryMark(const std::string& lower) const { return military_marks.count(lower) > 0; }
  // The word lists the places stage reads too, as role bits (lexicon::WordRoles).
  static constexpr std::uint16_t kGivenName = 1;
  static constexpr std::uint16_t kCommonWord = 2;
  static constexpr std::uint16_t kProjectGivenName = 4;  // of the project's own tables
  lexicon::WordRoles person_words;
  bool IsGivenName(std::string_view lower) const {
    return (person_words.Of(lower) & kGivenName) != 0;
  }
  // A given name of the project's tables (place_given_names*.tsv), not only of the English list
  // compiled at set-up, which holds common words and titles too ("Mayor", "Law").
  bool IsProjectGivenName(std::string_view lower) const {
    return (person_words.Of(lower) & kProjectGivenName) != 0;
  }
  bool IsCommonWord(std::string_view lower) const {
    return (person_words.Of(lower) & kCommonWord) != 0;
  }
  std::vector<HeldArea> held_areas;
  // Units of forces that serve in their own state only (actors.tsv home).
  std::unordered_set<std::string> home_units;
  bool IsHomeUnit(const std::string& unit) const { return home_units.count(unit) > 0; }
  // data/place_theatres.tsv (read by the places stage too): first-level regions of active armed
  // conflict, by country and period.
  struct Theatre {
    std::string country, admin1;
    Date first, last;
  };
  std::vector<Theatre> theatres;
  // One lookup per token tells which tables to try there.
  std::unordered_map<std::string, std::uint8_t> first_tokens;

  // Loads every table from `data_dir`; a missing or malformed table is an error.
  static Result<EventLexicon> Load(const std::string& data_dir);

  // The words a note uses for the ACLED actor `acled_name` ("Ukrainian forces" for "Military
  // Forces of Ukraine (2019-)"); the name up to its first colon when no table says.
  std::string NoteName(std::string_view acled_name) const;
  // The type, disorder and rank of an ACLED sub-event type; nullptr if unknown.
  const SubEventInfo* SubEvent(std::string_view sub_event_type) const;
  // The ACLED actor of `country`/`unit` on `day` (the latest period if `day` is unknown);
  // falls back to the country's "military" when the unit has no entry. nullptr if none.
  const AcledActor* FindActor(std::string_view country, std::string_view unit,
                              const std::optional<Date>& day) const;
  // Whether acled_actors.tsv has a row of `country`'s own military (inter 1 at home), of any
  // period (a group that became the state's forces, a row of its own, is none).
  bool HasStateActors(std::string_view country) const;
  // The units of `country`'s rebel groups (a period coded inter 2 at home) that have an ACLED
  // actor on `day` (any period if `day` is unknown), in table order.
  std::vector<std::string> RebelUnits(std::string_view country,
                                      const std::optional<Date>& day) const;
  // The sides of the front line at a place of `country` on `day`: inside a held area the
  // opponent fires from across the line; outside it, within its reach (at any distance when
  // `beyond_reach`), the holder does. nullopt away from every line of the day.
  std::optional<LineSides> SidesAt(std::string_view country, double lat, double lon,
                                   const Date& day, bool beyond_reach = false) const;
  // An area of `country` held against its state on `day`, wherever the place; nullptr if none.
  const HeldArea* HeldAreaIn(std::string_view country, const Date& day) const;
  // Whether the first-level region `admin1` (ACLED's name) of `country` is a conflict theatre
  // on `day`.
  bool InTheatre(std::string_view country, std::string_view admin1, const Date& day) const;
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_LEXICON_H_
