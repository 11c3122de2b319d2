#include "events/event_lexicon.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "lexicon/tsv.h"

namespace sitrep::events {

template <typename Entry>
void PhraseTable<Entry>::Add(std::string_view phrase, Entry entry) {
  std::vector<std::string> tokens;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) space = phrase.size();
    if (space > start) tokens.emplace_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  if (tokens.empty()) return;
  auto& bucket = by_first_[tokens[0]];
  std::vector<std::string> rest(tokens.begin() + 1, tokens.end());
  for (const Phrase& p : bucket) {
    if (p.rest == rest) return;
  }
  bucket.push_back(Phrase{std::move(rest), entries_.size()});
  entries_.push_back(std::move(entry));
}

template <typename Entry>
typename PhraseTable<Entry>::Match PhraseTable<Entry>::LongestAt(
    const std::vector<std::string>& lower, std::uint32_t i, std::uint32_t end) const {
  Match best;
  if (i >= end || i >= lower.size()) return best;
  auto it = by_first_.find(lower[i]);
  if (it == by_first_.end()) return best;
  for (const Phrase& p : it->second) {
    const std::uint32_t length = static_cast<std::uint32_t>(p.rest.size()) + 1;
    if (length <= best.length || i + length > end) continue;
    bool same = true;
    for (std::size_t k = 0; k < p.rest.size() && same; ++k) same = lower[i + 1 + k] == p.rest[k];
    if (same) best = Match{length, &entries_[p.entry]};
  }
  return best;
}

template <typename Entry>
std::vector<std::string> PhraseTable<Entry>::FirstTokens() const {
  std::vector<std::string> out;
  out.reserve(by_first_.size());
  for (const auto& [first, phrases] : by_first_) out.push_back(first);
  return out;
}

template class PhraseTable<TriggerEntry>;
template class PhraseTable<ActorEntry>;
template class PhraseTable<AttributionEntry>;
template class PhraseTable<ModalityEntry>;
template class PhraseTable<QuantityEntry>;
template class PhraseTable<std::string>;

namespace {

Status BadValue(const std::string& table, const std::string& value) {
  return Status(StatusCode::kDataError, table + ": unknown value '" + value + "'");
}

// A period's first and last day ('-': open-ended) from two columns of `table`.
Status ReadPeriod(const std::string& table, const std::string& first, const std::string& last,
                  Date& from, std::optional<Date>& to) {
  auto day = ParseIsoDate(first);
  if (!day) return BadValue(table, first);
  from = *day;
  if (last != "-") {
    to = ParseIsoDate(last);
    if (!to) return BadValue(table, last);
  }
  return Status();
}

std::optional<TriggerClass> ParseTriggerClass(const std::string& s) {
  static const std::unordered_map<std::string, TriggerClass> kNames = {
      {"strong", TriggerClass::kStrong},       {"weak", TriggerClass::kWeak},
      {"fight", TriggerClass::kFight},         {"capture", TriggerClass::kCapture},
      {"recapture", TriggerClass::kRecapture}, {"transfer", TriggerClass::kTransfer},
      {"movement", TriggerClass::kMovement},   {"displacement", TriggerClass::kDisplacement},
      {"intercept", TriggerClass::kIntercept}, {"arrest", TriggerClass::kArrest},
      {"agreement", TriggerClass::kAgreement}, {"protest", TriggerClass::kProtest},
      {"protest_force", TriggerClass::kProtestForce}, {"riot", TriggerClass::kRiot},
      {"block", TriggerClass::kBlock},         {"gathering", TriggerClass::kGathering},
      {"protest_purpose", TriggerClass::kProtestPurpose},
  };
  auto it = kNames.find(s);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

std::optional<ModalityClass> ParseModality(const std::string& s) {
  static const std::unordered_map<std::string, ModalityClass> kNames = {
      {"negation", ModalityClass::kNegation},       {"denial", ModalityClass::kDenial},
      {"future", ModalityClass::kFuture},           {"hypothetical", ModalityClass::kHypothetical},
      {"plan", ModalityClass::kPlan},               {"threat", ModalityClass::kThreat},
      {"request", ModalityClass::kRequest},         {"purpose", ModalityClass::kPurpose},
      {"condemnation", ModalityClass::kCondemnation}, {"opinion", ModalityClass::kOpinion},
      {"question", ModalityClass::kQuestion},       {"cumulative", ModalityClass::kCumulative},
      {"aggregate", ModalityClass::kAggregate},     {"ongoing", ModalityClass::kOngoing},
      {"realis", ModalityClass::kRealis},           {"background", ModalityClass::kBackground},
      {"crime", ModalityClass::kCrime},             {"unplaced", ModalityClass::kUnplaced},
      {"personal", ModalityClass::kPersonal},
      {"habitual", ModalityClass::kHabitual},  {"visit", ModalityClass::kVisit},
      {"retrospective", ModalityClass::kRetrospective}, {"series", ModalityClass::kSeries},
      {"earlier", ModalityClass::kEarlier},         {"sequel", ModalityClass::kSequel},
  };
  auto it = kNames.find(s);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

std::optional<QuantityKind> ParseQuantityKind(const std::string& s) {
  static const std::unordered_map<std::string, QuantityKind> kNames = {
      {"number", QuantityKind::kNumber}, {"multiplier", QuantityKind::kMultiplier},
      {"vague", QuantityKind::kVague},   {"killed", QuantityKind::kKilled},
      {"injured", QuantityKind::kInjured}, {"missing", QuantityKind::kMissing},
      {"bound", QuantityKind::kBound},
  };
  auto it = kNames.find(s);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

// "UA:separatist" into its two parts.
bool SplitSide(const std::string& s, std::string& country, std::string& unit) {
  const std::size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == s.size()) return false;
  country = s.substr(0, colon);
  unit = s.substr(colon + 1);
  return true;
}

std::optional<int> ParseInt(const std::string& s) {
  long long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return static_cast<int>(v);
}

}  // namespace

Result<EventLexicon> EventLexicon::Load(const std::string& data_dir) {
  EventLexicon lex;
  const std::string dir = data_dir.empty() || data_dir.back() == '/' ? data_dir : data_dir + "/";

  auto types = lexicon::ReadTsv(dir + "event_types.tsv", 5);
  if (!types.ok()) return types.status();
  for (const auto& row : *types) {
    auto rank = ParseInt(row[3]);
    if (!rank) return BadValue("event_types.tsv", row[3]);
    lex.sub_events[row[0]] = SubEventInfo{row[1], row[2], *rank, row[4]};
  }

  auto triggers = lexicon::ReadTsv(dir + "triggers.tsv", 2);
  if (!triggers.ok()) return triggers.status();
  for (const auto& row : *triggers) {
    const bool seizure = row[1] == "seizure";
    auto cls = seizure ? TriggerClass::kIntercept : ParseTriggerClass(row[1]);
    if (!cls) return BadValue("triggers.tsv", row[1]);
    TriggerEntry e{*cls, row.size() > 2 ? row[2] : "", row.size() > 3 ? row[3] : "", seizure};
    if (*cls != TriggerClass::kBlock && !lex.sub_events.count(e.sub_event_type)) {
      return BadValue("triggers.tsv", e.sub_event_type);
    }
    if (*cls == TriggerClass::kProtestPurpose) {
      lex.protest_purposes.Add(row[0], std::move(e));
      continue;
    }
    lex.triggers.Add(row[0], std::move(e));
  }

  auto actors = lexicon::ReadTsv(dir + "actors.tsv", 3);
  if (!actors.ok()) return actors.status();
  for (const auto& row : *actors) {
    ActorEntry e;
    if (row[1] == "demonym" || row[1] == "country") {
      e.kind = row[1] == "demonym" ? ActorKind::kDemonym : ActorKind::kCountry;
      e.country = row[2];
    } else if (row[1] == "unit") {
      e.kind = ActorKind::kUnit;
      e.unit = row[2];
      e.voice = row.size() > 3 && row[3] == "voice";
      e.vague = row.size() > 3 && row[3] == "vague";
      e.home = row.size() > 3 && row[3] == "home";
      e.foreign = row.size() > 3 && row[3] == "foreign";
      if (e.home) lex.home_units.insert(e.unit);
    } else if (row[1] == "group") {
      e.kind = ActorKind::kGroup;
      const std::size_t colon = row[2].find(':');
      if (colon == std::string::npos) return BadValue("actors.tsv", row[2]);
      e.country = row[2].substr(0, colon);
      e.unit = row[2].substr(colon + 1);
      e.author = row.size() > 3 && row[3] == "author";
    } else {
      return BadValue("actors.tsv", row[1]);
    }
    lex.actors.Add(row[0], std::move(e));
  }

  auto acled = lexicon::ReadTsv(dir + "acled_actors.tsv", 7);
  if (!acled.ok()) return acled.status();
  for (const auto& row : *acled) {
    AcledActor a;
    a.country = row[0];
    a.unit = row[1];
    if (Status st = ReadPeriod("acled_actors.tsv", row[2], row[3], a.from, a.to); !st.ok()) {
      return st;
    }
    a.name = row[4];
    auto home = ParseInt(row[5]);
    auto abroad = ParseInt(row[6]);
    if (!home || !abroad) return BadValue("acled_actors.tsv", row[5] + "/" + row[6]);
    a.inter_home = *home;
    a.inter_abroad = *abroad;
    lex.acled_actors.push_back(std::move(a));
  }

  auto note_words = lexicon::ReadTsv(dir + "note_words.tsv", 2);
  if (!note_words.ok()) return note_words.status();
  for (const auto& row : *note_words) lex.note_words[row[0]] = row[1];
  auto countries = lexicon::ReadTsv(dir + "countries.tsv", 5);
  if (!countries.ok()) return countries.status();
  for (const auto& row : *countries) {
    if (row[1] != "country") continue;
    lex.country_names[row[0]] = row[2];
    // The state's name and demonyms that actors.tsv does not list form an actor only with a
    // force word ("Salvadoran troops", "the army of Peru"); actors.tsv's own rows come first.
    std::vector<std::string> words = lexicon::Split(row[4], '|');
    words.push_back(row[2]);
    for (const std::string& word : words) {
      if (word.empty() || word.find_first_of(".,()") != std::string::npos) continue;
      std::string phrase = word;
      for (char& c : phrase) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool demonym = word != row[2];
      lex.actors.Add(phrase, ActorEntry{demonym ? ActorKind::kDemonym : ActorKind::kCountry, row[0],
                                        "", true});
    }
    if (row[4].empty()) continue;
    lex.adjectives[row[0]] = row[4].substr(0, row[4].find('|'));
  }

  auto held = lexicon::ReadHeldAreas(dir + "held_areas.tsv");
  if (!held.ok()) return held.status();
  for (lexicon::HeldArea& area : *held) {
    HeldArea h;
    SplitSide(area.holder, h.holder_country, h.holder_unit);
    SplitSide(area.opponent, h.opponent_country, h.opponent_unit);
    h.area = std::move(area);
    lex.held_areas.push_back(std::move(h));
  }

  auto theatres = lexicon::ReadTsv(dir + "place_theatres.tsv", 3);
  if (!theatres.ok()) return theatres.status();
  for (const auto& row : *theatres) {
    auto first = ParseIsoDate(row[2]);
    auto last = row.size() > 3 && !row[3].empty() ? ParseIsoDate(row[3]) : Date{9999, 12, 31};
    if (!first) return BadValue("place_theatres.tsv", row[2]);
    if (!last) return BadValue("place_theatres.tsv", row[3]);
    lex.theatres.push_back({row[0], row[1], *first, *last});
  }

  auto attributions = lexicon::ReadTsv(dir + "attribution.tsv", 3);
  if (!attributions.ok()) return attributions.status();
  for (const auto& row : *attributions) {
    AttributionEntry e;
    if (row[1] == "verb") {
      e.kind = AttributionKind::kVerb;
    } else if (row[1] == "prep") {
      e.kind = AttributionKind::kPrep;
    } else if (row[1] == "by") {
      e.kind = AttributionKind::kBy;
    } else if (row[1] == "accuse") {
      e.kind = AttributionKind::kAccuse;
    } else {
      return BadValue("attribution.tsv", row[1]);
    }
    e.claim = row[2] == "claim";
    lex.attributions.Add(row[0], e);
  }

  auto modalities = lexicon::ReadTsv(dir + "modality.tsv", 3);
  if (!modalities.ok()) return modalities.status();
  for (const auto& row : *modalities) {
    auto cls = ParseModality(row[1]);
    if (!cls) return BadValue("modality.tsv", row[1]);
    ModalityEntry e{*cls, ModalityScope::kNext};
    if (row[2] == "clause") {
      e.scope = ModalityScope::kClause;
    } else if (row[2] == "sentence") {
      e.scope = ModalityScope::kSentence;
    } else if (row[2] != "next") {
      return BadValue("modality.tsv", row[2]);
    }
    lex.modalities.Add(row[0], e);
  }

  auto quantities = lexicon::ReadTsv(dir + "quantities.tsv", 3);
  if (!quantities.ok()) return quantities.status();
  for (const auto& row : *quantities) {
    auto kind = ParseQuantityKind(row[1]);
    auto value = ParseInt(row[2]);
    if (!kind || !value) return BadValue("quantities.tsv", row[1] + "/" + row[2]);
    lex.quantities.Add(row[0], QuantityEntry{*kind, *value});
  }
  auto weapons = lexicon::ReadTsv(dir + "weapons.tsv", 1);
  if (!weapons.ok()) return weapons.status();
  for (const auto& row : *weapons) lex.weapons.Add(row[0], row[0]);
  auto handling = lexicon::ReadTsv(dir + "weapon_handling.tsv", 1);
  if (!handling.ok()) return handling.status();
  for (const auto& row : *handling) lex.weapon_handling.Add(row[0], row[0]);
  auto targets = lexicon::ReadTsv(dir + "targets.tsv", 1);
  if (!targets.ok()) return targets.status();
  for (const auto& row : *targets) lex.target_heads.insert(row[0]);
  auto military = lexicon::ReadTsv(dir + "military_targets.tsv", 1);
  if (!military.ok()) return military.status();
  for (const auto& row : *military) lex.military_marks.insert(row[0]);
  for (const char* file : {"place_given_names.tsv", "place_given_names_es.tsv"}) {
    if (Status st = lexicon::ReadWordList(
            dir + file, EventLexicon::kGivenName | EventLexicon::kProjectGivenName,
            lex.person_words);
        !st.ok()) {
      return st;
    }
  }
  // The lists compiled at set-up, in the built data directory only (not the source tree's).
  for (const auto& [file, role] :
       {std::pair{"place_given_names_en.tsv", EventLexicon::kGivenName},
        std::pair{"place_common_words.tsv", EventLexicon::kCommonWord}}) {
    if (Status st = lexicon::ReadWordList(dir + file, role, lex.person_words);
        !st.ok() && st.code() != StatusCode::kNotFound) {
      return st;
    }
  }
  for (const auto& w : lex.triggers.FirstTokens()) lex.first_tokens[w] |= kTriggerBit;
  for (const auto& w : lex.actors.FirstTokens()) lex.first_tokens[w] |= kActorBit;
  for (const auto& w : lex.attributions.FirstTokens()) lex.first_tokens[w] |= kAttributionBit;
  for (const auto& w : lex.modalities.FirstTokens()) lex.first_tokens[w] |= kModalityBit;
  for (const auto& w : lex.quantities.FirstTokens()) lex.first_tokens[w] |= kQuantityBit;
  return lex;
}

const SubEventInfo* EventLexicon::SubEvent(std::string_view sub_event_type) const {
  auto it = sub_events.find(std::string(sub_event_type));
  return it == sub_events.end() ? nullptr : &it->second;
}

std::string EventLexicon::NoteName(std::string_view acled_name) const {
  for (const AcledActor& a : acled_actors) {
    const auto slot = a.name.find("{country}");
    const bool same =
        slot == std::string::npos
            ? a.name == acled_name
            : acled_name.size() > a.name.size() - 9 &&
                  acled_name.starts_with(std::string_view(a.name).substr(0, slot)) &&
                  acled_name.ends_with(std::string_view(a.name).substr(slot + 9));
    if (!same) continue;
    // A row of a state no row of its own names: {country} holds the state's name.
    std::string country = a.country;
    if (country == "state") {
      const std::string_view held =
          acled_name.substr(slot, acled_name.size() - (a.name.size() - 9));
      country.clear();
      for (const auto& [code, name] : country_names) {
        if (name == held) country = code;
      }
      if (country.empty()) continue;
    }
    auto words = note_words.find(a.unit);
    if (words == note_words.end()) break;
    std::string out = words->second;
    if (auto at = out.find("{adj}"); at != std::string::npos) {
      auto adj = adjectives.find(country);
      if (adj == adjectives.end()) break;
      out.replace(at, 5, adj->second);
    }
    return out;
  }
  // "NAF: United Armed Forces of Novorossiya" → "NAF"; a period in brackets goes.
  std::string_view name = acled_name.substr(0, acled_name.find(':'));
  std::string out(name);
  if (auto open = out.find(" ("); open != std::string::npos) {
    const auto close = out.find(')', open);
    out.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  return out;
}

const AcledActor* EventLexicon::FindActor(std::string_view country, std::string_view unit,
                                          const std::optional<Date>& day) const {
  for (int attempt = 0; attempt < 2; ++attempt) {
    const std::string_view want_unit = attempt == 0 ? unit : std::string_view("military");
    const AcledActor* best = nullptr;
    for (const AcledActor& a : acled_actors) {
      if (a.country != country || a.unit != want_unit) continue;
      if (day) {
        if (*day < a.from || (a.to && *a.to < *day)) continue;
        return &a;
      }
      if (!best || best->from < a.from) best = &a;  // unknown day: the latest period
    }
    if (best) return best;
  }
  return nullptr;
}

bool EventLexicon::HasStateActors(std::string_view country) const {
  return std::any_of(acled_actors.begin(), acled_actors.end(), [&](const AcledActor& a) {
    return a.country == country && a.unit == "military" && a.inter_home == 1;
  });
}

std::vector<std::string> EventLexicon::RebelUnits(std::string_view country,
                                                  const std::optional<Date>& day) const {
  std::vector<std::string> out;
  for (const AcledActor& a : acled_actors) {
    if (a.country != country || a.inter_home != 2) continue;
    if (std::find(out.begin(), out.end(), a.unit) != out.end()) continue;
    const bool active = std::any_of(acled_actors.begin(), acled_actors.end(), [&](const auto& b) {
      return b.country == country && b.unit == a.unit &&
             (!day || (!(*day < b.from) && !(b.to && *b.to < *day)));
    });
    if (active) out.push_back(a.unit);
  }
  return out;
}

std::optional<LineSides> EventLexicon::SidesAt(std::string_view country, double lat, double lon,
                                               const Date& day, bool beyond_reach) const {
  for (const HeldArea& h : held_areas) {
    if (h.area.country != country || !h.area.During(day)) continue;
    if (h.area.Inside(lat, lon)) {
      return LineSides{h.opponent_country, h.opponent_unit, h.holder_country, h.holder_unit};
    }
    if (beyond_reach || h.area.EdgeKm(lat, lon) <= h.area.reach_km) {
      return LineSides{h.holder_country, h.holder_unit, h.opponent_country, h.opponent_unit};
    }
  }
  return std::nullopt;
}

const HeldArea* EventLexicon::HeldAreaIn(std::string_view country, const Date& day) const {
  for (const HeldArea& h : held_areas) {
    if (h.area.country == country && h.opponent_country == country && h.area.During(day)) {
      return &h;
    }
  }
  return nullptr;
}

bool EventLexicon::InTheatre(std::string_view country, std::string_view admin1,
                             const Date& day) const {
  return std::any_of(theatres.begin(), theatres.end(), [&](const Theatre& t) {
    return t.country == country && t.admin1 == admin1 && t.first <= day && day <= t.last;
  });
}

}  // namespace sitrep::events
