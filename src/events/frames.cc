#include "events/frames.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_set>

#include "lexicon/tsv.h"

namespace sitrep::events {
namespace {

using text::TokenKind;

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "this" || w == "that" || w == "these" || w == "those" || w == "a" ||
         w == "an";
}

// "his", "their": an owner named by a pronoun, which a target's words leave out ("his home").
bool IsPossessivePronoun(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" ||
         w == "your";
}

// Words that end a target noun phrase. Grammar, not domain vocabulary.
bool EndsNounPhrase(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "in", "on", "at", "near", "from", "with", "as", "since", "after", "before", "during", "for",
      "by", "to", "into", "and", "or", "but", "that", "which", "who", "where", "when", "while",
      "was", "were", "is", "are", "has", "have", "had", "been", "be", "of", "outside", "inside",
      "across", "around", "amid", "over", "under", "killing", "injuring", "leaving", "so",
      "also", "again", "overnight", "yesterday", "today", "early", "late", "last", "this", "if"};
  return kWords.count(w) > 0;
}

// Prepositions after which a place name is a location. Grammar, not domain vocabulary.
bool IsLocativePreposition(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "in", "at", "near", "outside", "inside", "around", "across", "over", "into", "to",
      "towards", "toward", "on", "upon", "within", "throughout", "through", "between", "of",
      "from", "via", "above", "under", "off", "beyond", "behind", "against", "past", "including"};
  return kWords.count(w) > 0;
}

// Words between a subject and its act: "Kyiv was again shelled", "Kyiv came under attack".
bool IsAuxiliaryBeforeAct(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" ||
         w == "had" || w == "been" || w == "being" || w == "came" || w == "comes" ||
         w == "under" || w == "again" || w == "also" || w == "repeatedly";
}

// A cue of a retrospective piece counts in the document's first paragraphs (its lead).
constexpr std::uint32_t kLeadParagraphs = 4;
// The days before publication whose acts a retrospective piece still reports as news.
constexpr int kRecentDays = 7;
// The most words between a series cue and the act it governs ("waves of [Russian missile and
// drone] attacks").
constexpr std::uint32_t kSeriesGap = 5;

bool BlocksAct(ModalityClass m) {
  switch (m) {
    case ModalityClass::kCumulative:
    case ModalityClass::kAggregate:
    case ModalityClass::kOngoing:
    case ModalityClass::kRealis:
    case ModalityClass::kCrime:
    case ModalityClass::kPersonal:
    case ModalityClass::kUnplaced:
    case ModalityClass::kVisit:
    case ModalityClass::kRetrospective:
    case ModalityClass::kSeries:
    case ModalityClass::kEarlier:
      return false;
    default:
      return true;
  }
}

// A continent or world region ("Europe", "Middle East"): wider than a country, never an
// incident's place. Seas stay: ACLED codes acts at sea.
bool IsWorldRegion(const places::Place& p) { return p.feature_code == "CONT"; }

// "eastern", "north-eastern": a word that places a region within a larger one.
bool IsCompassAdjective(std::string_view w) {
  for (std::string_view c : {"eastern", "western", "northern", "southern", "central",
                             "north-eastern", "north-western", "south-eastern", "south-western",
                             "northeastern", "northwestern", "southeastern", "southwestern"}) {
    if (w == c) return true;
  }
  return false;
}

// Whether a phrase ends in "positions", in any case ("enemy positions", "ARMY POSITIONS").
bool EndsWithPositions(std::string_view s) {
  constexpr std::string_view kWord = "positions";
  if (s.size() < kWord.size()) return false;
  s.remove_prefix(s.size() - kWord.size());
  for (std::size_t k = 0; k < kWord.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[k])) != kWord[k]) return false;
  }
  return true;
}

bool IsStrongClass(TriggerClass c) { return c != TriggerClass::kWeak && c != TriggerClass::kBlock; }

bool AbsorbsWeak(TriggerClass c) {
  switch (c) {
    case TriggerClass::kStrong:
    case TriggerClass::kFight:
    case TriggerClass::kCapture:
    case TriggerClass::kRecapture:
    case TriggerClass::kIntercept:
    case TriggerClass::kRiot:
      return true;
    default:
      return false;
  }
}

bool IsViolentSubEvent(const EventLexicon& lex, const std::string& sub) {
  const SubEventInfo* info = lex.SubEvent(sub);
  return info && info->disorder_type == "Political violence";
}

// The k-th of `parts` even shares of a toll, the remainder going to the first (ACLED's split of
// one report over several places); none when there is no toll.
std::optional<int> ShareOf(std::optional<int> total, int parts, int k) {
  if (!total) return std::nullopt;
  return *total / parts + (k < *total % parts ? 1 : 0);
}

std::string StripDeterminer(std::string_view s) {
  for (std::string_view det : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (s.starts_with(det)) return std::string(s.substr(det.size()));
  }
  return std::string(s);
}

// Tokens [begin, end) of one sentence, with the spans of each annotation list inside it.
// The elements of a list sorted by first token whose first token lies in [begin, end).
template <typename List, typename First>
std::pair<std::size_t, std::size_t> RangeIn(const List& list, std::uint32_t begin,
                                            std::uint32_t end, First first) {
  using T = typename List::value_type;
  auto lo = std::partition_point(list.begin(), list.end(),
                                 [&](const T& x) { return first(x) < begin; });
  auto hi = std::partition_point(lo, list.end(), [&](const T& x) { return first(x) < end; });
  return {static_cast<std::size_t>(lo - list.begin()), static_cast<std::size_t>(hi - list.begin())};
}

std::uint32_t PlaceFirst(const places::PlaceMention& m) { return m.first_token; }
std::uint32_t TimeFirst(const time::TimeExpression& x) { return x.first_token; }
std::uint32_t CueFirst(const AttributionSpan& a) { return a.cue_first; }

template <typename Span>
std::pair<std::size_t, std::size_t> SpansIn(const std::vector<Span>& spans, std::uint32_t begin,
                                            std::uint32_t end) {
  auto lo = std::partition_point(spans.begin(), spans.end(),
                                 [&](const Span& s) { return s.first < begin; });
  auto hi = std::partition_point(lo, spans.end(), [&](const Span& s) { return s.first < end; });
  return {static_cast<std::size_t>(lo - spans.begin()), static_cast<std::size_t>(hi - spans.begin())};
}

class Framer {
 public:
  Framer(const EventLexicon& lex, const text::AnalysedText& t, const Annotations& a,
         const std::vector<places::PlaceMention>& places,
         const std::vector<time::TimeExpression>& times, const Document& doc)
      : lex_(lex), t_(t), a_(a), places_(places), times_(times), doc_(doc) {}

  std::vector<Frame> Run() {
    std::vector<Frame> frames;
    retrospective_ = Retrospective();
    for (std::uint32_t si = 0; si < t_.sentences.size(); ++si) {
      const text::Sentence& s = t_.sentences[si];
      if (!s.skip) FrameSentence(si, frames);
    }
    // Paragraphs that deny or question fighting.
    std::unordered_set<std::uint32_t> unfought;
    for (const text::Sentence& s : t_.sentences) {
      auto [lo, hi] = SpansIn(a_.triggers, s.first_token, s.end_token);
      for (std::size_t n = lo; n < hi; ++n) {
        if (a_.triggers[n].entry->trigger_class == TriggerClass::kFight &&
            Blocked(a_.triggers[n], s.first_token, s.end_token)) {
          unfought.insert(s.paragraph);
        }
      }
    }
    for (Frame& f : frames) f.fight_uncertain = unfought.count(f.paragraph) > 0;
    return frames;
  }

 private:
  bool Blocked(const TriggerSpan& tr, std::uint32_t sentence_first, std::uint32_t sentence_end) const {
    auto [lo, hi] = ModalitiesIn(sentence_first, sentence_end);
    for (std::size_t n = lo; n < hi; ++n) {
      const ModalitySpan& m = a_.modalities[n];
      if (!BlocksAct(m.modality)) continue;
      // "condemned the murder of Ana Ruiz", "condemned the bombing of the market on Tuesday": a
      // condemnation of an act the text pins down, by the person it was done to or a day of its
      // own, reports the act.
      if (m.modality == ModalityClass::kCondemnation && CondemnedActTold(tr, sentence_first,
                                                                          sentence_end)) {
        continue;
      }
      switch (m.scope) {
        case ModalityScope::kSentence:
          return true;
        case ModalityScope::kClause:
          // The clause of the cue's last word: "even when", "assessed that" govern the clause
          // their clause word opens.
          if (m.end <= tr.first && a_.clause[m.end - 1] == a_.clause[tr.first]) return true;
          // "denied on Monday that its forces had shelled X": a side denying its own act (a
          // pronoun of the denier before the act) denies the clause that "that" opens right
          // after the denial's own, unless the sentence tells of a report of the act ("denied
          // claims that", ", as religious sources had reported"). Denying the other side's act
          // ("the army denied that guerrillas attacked the farm") answers a claim that may
          // stand.
          if (m.modality == ModalityClass::kDenial && m.end <= tr.first &&
              a_.clause[tr.first] == ClauseAfter(m.first, tr.first, "that") &&
              OwnerPronounBefore(tr.first) && !ReportedAfter(m.end, sentence_end)) {
            return true;
          }
          // "had no evidence that Russian jets bombed X": doubt of what the clause after it
          // tells; an act it names as a known thing ("that those groups are responsible for the
          // explosions") is not in doubt, only who did it.
          if (m.modality == ModalityClass::kNegation && m.end <= tr.first &&
              a_.clause[tr.first] == ClauseAfter(m.first, tr.first, "that") &&
              !IsDeterminer(t_.lower[tr.first - 1]) &&
              !IsPossessivePronoun(t_.lower[tr.first - 1])) {
            return true;
          }
          break;
        case ModalityScope::kNext: {
          // An act named as the subject of a modal ("a Russian attack could come any day") is
          // one that may happen, not one that did.
          if (m.first == tr.end && (m.modality == ModalityClass::kFuture ||
                                    m.modality == ModalityClass::kHypothetical)) {
            return true;
          }
          if (m.end > tr.first || tr.first - m.end > 3) break;
          // "failed to capture X": the attempt on the ground was made (a fight), though the
          // ground was not taken.
          if (m.modality == ModalityClass::kNegation && m.end == tr.first &&
              AttemptBefore(tr.first) && tr.entry &&
              (tr.entry->trigger_class == TriggerClass::kCapture ||
               tr.entry->trigger_class == TriggerClass::kRecapture)) {
            break;
          }
          bool punct = false;
          for (std::uint32_t k = m.end; k < tr.first; ++k) {
            punct = punct || t_.tokens[k].kind == TokenKind::kPunct;
          }
          if (!punct) return true;
          break;
        }
      }
    }
    return false;
  }

  // The clause that opens right after the clause of token `from` (before `end`) when `opener`
  // opens it, else 0 (no clause has that number).
  std::uint32_t ClauseAfter(std::uint32_t from, std::uint32_t end, std::string_view opener) const {
    for (std::uint32_t k = from + 1; k < end; ++k) {
      if (a_.clause[k] == a_.clause[from]) continue;
      return t_.lower[k] == opener ? a_.clause[k] : 0;
    }
    return 0;
  }

  // Whether a pronoun that refers back to a speaker ("it", "its forces", "they", "their
  // troops", "we") opens the clause of token k before k.
  bool OwnerPronounBefore(std::uint32_t k) const {
    static const std::unordered_set<std::string_view> kPronouns = {"it",    "its", "they",
                                                                   "their", "we",  "our"};
    for (std::uint32_t j = k; j > 0 && a_.clause[j - 1] == a_.clause[k]; --j) {
      if (kPronouns.count(t_.lower[j - 1])) return true;
    }
    return false;
  }

  // Whether the act's target names a force by a unit word of data/actors.tsv ("a police patrol
  // car", "the army convoy"): a thing of an armed side, not of civilians.
  bool TargetNamesForce(const Frame& f) const {
    const std::vector<std::string> words = lexicon::LowerWords(f.target);
    for (std::uint32_t k = 0; k < words.size(); ++k) {
      const auto m = lex_.actors.LongestAt(words, k, static_cast<std::uint32_t>(words.size()));
      if (!m.entry || m.entry->kind != ActorKind::kUnit || m.entry->voice) continue;
      if (m.entry->unit != "civilians" && m.entry->unit != "protesters" &&
          m.entry->unit != "rioters") {
        return true;
      }
    }
    return false;
  }

  // Whether a speech or source cue lies in [b, e) ("claims that", ", as X had reported").
  bool ReportedAfter(std::uint32_t b, std::uint32_t e) const {
    auto [lo, hi] = RangeIn(a_.attributions, b, e, CueFirst);
    return lo < hi;
  }

  // Whether an attempt's verb governs the act at k: "tried to", "attempted to", "failed to",
  // "trying to", "attempting to" right before it.
  bool AttemptBefore(std::uint32_t k) const {
    static const std::unordered_set<std::string_view> kAttempts = {
        "tried", "trying", "attempted", "attempting", "failed", "fails", "tries", "attempts"};
    return k >= 2 && t_.lower[k - 1] == "to" && kAttempts.count(t_.lower[k - 2]) > 0;
  }

  // Whether the document's lead says the piece retells the past ("here is a timeline of ...").
  bool Retrospective() const {
    for (const ModalitySpan& m : a_.modalities) {
      if (m.modality != ModalityClass::kRetrospective) continue;
      for (const text::Sentence& s : t_.sentences) {
        if (m.first >= s.first_token && m.first < s.end_token) {
          return s.paragraph < kLeadParagraphs && !s.skip;
        }
      }
    }
    return false;
  }

  std::pair<std::size_t, std::size_t> ModalitiesIn(std::uint32_t b, std::uint32_t e) const {
    return SpansIn(a_.modalities, b, e);
  }

  bool HasModality(std::uint32_t b, std::uint32_t e, ModalityClass c) const {
    auto [lo, hi] = ModalitiesIn(b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      if (a_.modalities[n].modality == c) return true;
    }
    return false;
  }

  // Indices of actors that are the sources of attributions in the sentence.
  std::unordered_set<int> SourceActors(std::uint32_t b, std::uint32_t e) const {
    std::unordered_set<int> out;
    auto [lo, hi] = RangeIn(a_.attributions, b, e, CueFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      if (a_.attributions[n].source_actor >= 0) out.insert(a_.attributions[n].source_actor);
    }
    return out;
  }

  // Indices of actors that accuse another side in the sentence ("X accused Y of shelling").
  std::unordered_set<int> Accusers(std::uint32_t b, std::uint32_t e) const {
    std::unordered_set<int> out;
    auto [lo, hi] = RangeIn(a_.attributions, b, e, CueFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      const AttributionSpan& at = a_.attributions[n];
      if (at.accusation && at.source_actor >= 0) out.insert(at.source_actor);
    }
    return out;
  }

  // "Ukraine's military said its forces shot down ...": forces of no stated side owned by a
  // pronoun belong to the side that speaks: its country, or "" when x is no such force.
  std::string SpeakerOwning(const ActorSpan& x, std::uint32_t b,
                            const std::unordered_set<int>& sources) const {
    if (!x.country.empty() || x.first <= b) return "";
    const std::string& owner = t_.lower[x.first - 1];
    if (owner != "its" && owner != "their" && owner != "our") return "";
    for (int n : sources) {
      if (!a_.actors[n].country.empty() && a_.actors[n].country != "*") {
        return a_.actors[n].country;
      }
    }
    return "";
  }

  FrameActor ToFrameActor(const ActorSpan& s) const {
    FrameActor fa;
    fa.country = s.country;
    fa.unit = s.bare_demonym ? "military" : s.unit;
    if (!s.bare_demonym && s.unit.empty()) {
      fa.unit = "military";
      fa.state = true;
    }
    fa.text = StripDeterminer(t_.TokenRange(s.first, s.end));
    if (s.bare_demonym) fa.text += " forces";
    fa.people = s.bare_demonym;
    // "Honduran and Salvadoran troops": the first side is "Honduran troops", not "Honduran".
    if (s.unit_end > s.unit_first) {
      fa.text.append(" ").append(t_.TokenRange(s.unit_first, s.unit_end));
    }
    return fa;
  }

  // Armed men of no stated side named as members of a named group ("guerrillas of the X front",
  // "X front guerrillas") are that group's, named as the text names them ("guerrillas"): the
  // actor of span n, which may be either of the two. Spans [lo, hi) of the sentence.
  FrameActor MembersOfGroup(int n, std::size_t lo, std::size_t hi) const {
    auto members = [](const ActorSpan& x) {
      return x.country == "*" && (x.unit == "unidentified" || x.unit == "rebel") &&
             !x.bare_demonym;
    };
    auto group = [](const ActorSpan& x) {
      return !x.country.empty() && x.country != "*" && !x.unit.empty() && !x.bare_demonym;
    };
    // "of", "of the" between the members and the group.
    auto linked = [&](const ActorSpan& m, const ActorSpan& g) {
      if (g.first == m.end) return false;
      std::uint32_t k = m.end;
      if (k < g.first && t_.lower[k] == "of") ++k;
      if (k < g.first && t_.lower[k] == "the") ++k;
      return k == g.first && k > m.end;
    };
    const auto idx = static_cast<std::size_t>(n);
    const ActorSpan& x = a_.actors[idx];
    FrameActor fa = ToFrameActor(x);
    if (members(x)) {
      // "X front guerrillas": the group right before; "guerrillas of the X front": right after.
      if (idx > lo && group(a_.actors[idx - 1]) && a_.actors[idx - 1].end == x.first) {
        fa.country = a_.actors[idx - 1].country;
        fa.unit = a_.actors[idx - 1].unit;
      } else if (idx + 1 < hi && group(a_.actors[idx + 1]) && linked(x, a_.actors[idx + 1])) {
        fa.country = a_.actors[idx + 1].country;
        fa.unit = a_.actors[idx + 1].unit;
      }
    } else if (group(x) && idx > lo && members(a_.actors[idx - 1]) &&
               linked(a_.actors[idx - 1], x)) {
      fa.text = ToFrameActor(a_.actors[idx - 1]).text;
    } else if (group(x) && idx + 1 < hi && members(a_.actors[idx + 1]) &&
               a_.actors[idx + 1].first == x.end) {
      fa.text = ToFrameActor(a_.actors[idx + 1]).text;  // "X front guerrillas"
    }
    return fa;
  }

  // Whether the actor starting at token `first` is the agent of a passive whose verb ends at
  // `after`: "by" right before it or its article ("by the army"), or before the people it is
  // the group of ("by alleged members of the X front of the Y"), with no punctuation between.
  bool AgentOfPassive(std::uint32_t first, std::uint32_t after) const {
    std::uint32_t k = first;
    if (k > after && IsDeterminer(t_.lower[k - 1])) --k;
    if (k > after && t_.lower[k - 1] == "by") return true;
    if (k <= after || t_.lower[k - 1] != "of") return false;
    constexpr std::uint32_t kReach = 8;
    for (std::uint32_t i = k; i > after && k - i < kReach; --i) {
      const std::string& w = t_.lower[i - 1];
      if (w == "by") return true;
      if (t_.tokens[i - 1].kind == TokenKind::kPunct || ActorAt(i - 1)) return false;
      if (w != "of" && EndsNounPhrase(w) && !IsDeterminer(w)) return false;
    }
    return false;
  }

  // "..., targeting Ukrainian military objects", "at the positions of the X": a party named after a
  // word of aim is the act's object even in a later clause.
  bool Aimed(std::uint32_t first, std::uint32_t after) const {
    for (std::uint32_t back = 1; back <= 6 && first >= after + back; ++back) {
      const std::string& w = t_.lower[first - back];
      if (w == "targeting" || w == "targetting" || w == "against" || w == "at") return true;
    }
    return false;
  }

  // "gunmen attacked soldiers", "ambushed two police officers": a force word of no state
  // (ForceWord) that is the direct object of the act word (at most a count or two modifiers
  // between; no weapon word, "helicopters MI-24") is the side the act was done to.
  bool ForceObject(const ActorSpan& s, const TriggerSpan& tr) const {
    if (s.first < tr.end || s.first > tr.end + 3 || !tr.entry->weapon.empty() || !ForceWord(s)) {
      return false;
    }
    // The force word ends the phrase ("a military convoy" names a convoy, not a force).
    if (s.end < t_.tokens.size() && t_.tokens[s.end].sentence == t_.tokens[s.first].sentence &&
        t_.tokens[s.end].kind != TokenKind::kPunct && !EndsNounPhrase(t_.lower[s.end])) {
      return false;
    }
    for (std::uint32_t k = tr.end; k < s.first; ++k) {
      if (t_.tokens[k].kind == TokenKind::kPunct || EndsNounPhrase(t_.lower[k])) return false;
    }
    // A force word that names a weapon too ("fired artillery at ...") is what was fired.
    auto [wlo, whi] = SpansIn(a_.triggers, s.first, s.end);
    for (std::size_t n = wlo; n < whi; ++n) {
      if (a_.triggers[n].first < s.end && !a_.triggers[n].entry->weapon.empty()) return false;
    }
    return true;
  }

  // A word for a state's men on the ground with no state named ("troops", "soldiers",
  // "police"): a unit of the military or a force that serves at home (actors.tsv), not a vague
  // one ("forces") nor a body that speaks ("the command"). Craft ("aircraft", "helicopters")
  // are downed or hit, not fought.
  bool ForceWord(const ActorSpan& s) const {
    if (!s.country.empty() || (s.unit != "military" && !lex_.IsHomeUnit(s.unit))) return false;
    const auto match = lex_.actors.LongestAt(t_.lower, s.first, s.end);
    return match.entry && match.entry->kind == ActorKind::kUnit && !match.entry->vague &&
           !match.entry->voice;
  }

  // "protesters clashed with police": a force that serves at home only (actors.tsv home), named
  // by no state, is the other party of a crowd that is the act's subject (span `subject`).
  bool PoliceOfACrowd(const ActorSpan& s, int subject) const {
    if (!lex_.IsHomeUnit(s.unit) || subject < 0) return false;
    const std::string& unit = a_.actors[subject].unit;
    return unit == "protesters" || unit == "rioters";
  }

  void ChooseActors(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e, Frame& f) const {
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    const auto sources = SourceActors(b, e);
    // "clashes between Russian and Ukrainian forces": the sides of a fight in the order named.
    if (f.trigger_class == TriggerClass::kFight) {
      for (std::uint32_t k = tr.end; k < e && k < tr.end + 3; ++k) {
        if (t_.lower[k] != "between") continue;
        int sides[2] = {-1, -1};
        int found = 0;
        for (std::size_t n = lo; n < hi && found < 2; ++n) {
          const ActorSpan& s = a_.actors[n];
          if (s.first <= k || sources.count(static_cast<int>(n)) || s.country.empty()) continue;
          if (found == 1 && s.country == a_.actors[sides[0]].country &&
              s.unit == a_.actors[sides[0]].unit) {
            continue;
          }
          sides[found++] = static_cast<int>(n);
        }
        if (found == 2) {
          f.actor1 = ToFrameActor(a_.actors[sides[0]]);
          f.actor2 = ToFrameActor(a_.actors[sides[1]]);
          return;
        }
        break;
      }
    }
    const std::uint32_t clause = a_.clause[tr.first];
    int subject = -1;
    int subject_any = -1;
    int agent = -1;
    int object = -1;
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& s = a_.actors[n];
      if (sources.count(static_cast<int>(n))) continue;
      // A side whose last word is the act's first ("Russian artillery" in "Russian artillery
      // fire hit X") stands before the act like any other.
      if (s.end <= tr.first || (s.first < tr.first && s.end < tr.end)) {
        const std::uint32_t s_end = std::min(s.end, tr.first);
        // A bare demonym is an actor only right before the act: "the Russian shelling".
        if (s.bare_demonym && tr.first - s_end > 2) {
          if (subject_any < 0) subject_any = static_cast<int>(n);
          continue;
        }
        // A unit word of no side after a named side is its weapon or arm, not another party
        // ("Ukrainian forces fired artillery and small arms").
        const bool sideless_after_side =
            s.country.empty() && subject_any >= 0 && !a_.actors[subject_any].country.empty();
        if (sideless_after_side) continue;
        // The first state's side of the clause is its subject ("Russian forces and separatists
        // shelled", "Ukrainian forces destroyed a Russian column during a clash"); one of no
        // state, or unarmed, gives way to a later one.
        if (a_.clause[s.first] == clause) {
          const ActorSpan* held = subject >= 0 ? &a_.actors[subject] : nullptr;
          const bool keep = held && !held->country.empty() && held->country != "*" &&
                            held->unit != "civilians" &&
                            held->unit != "protesters" && held->unit != "rioters";
          if (!keep) subject = static_cast<int>(n);
        }
        if (!s.bare_demonym || subject_any < 0 || a_.actors[subject_any].bare_demonym) {
          subject_any = static_cast<int>(n);
        }
      } else if (s.first >= tr.end) {
        // "by Russian forces", "by the Russian forces": the agent of a passive.
        if (AgentOfPassive(s.first, tr.end) && agent < 0) {
          agent = static_cast<int>(n);
        } else if (object < 0 &&
                   (!s.country.empty() || PoliceOfACrowd(s, subject) || ForceObject(s, tr)) &&
                   !StateAsPlace(s, f) &&
                   (!s.bare_demonym || f.trigger_class == TriggerClass::kIntercept) &&
                   (a_.clause[s.first] == clause || s.unit == "civilians" ||
                    Aimed(s.first, tr.end))) {
          // The object of the act; civilians named after it are its victims wherever they
          // stand in the sentence ("..., killing three civilians").
          object = static_cast<int>(n);
        }
      }
    }
    // The passive ("the peasants were kidnapped by guerrillas"): the agent right after the verb
    // acts, its subject suffered the act.
    const bool passive = agent >= 0 && a_.clause[a_.actors[agent].first] == clause &&
                         a_.actors[agent].first - tr.end <= 14;
    if (passive && subject >= 0 && object < 0 && !StateAsPlace(a_.actors[subject], f)) {
      object = subject;
    }
    // A passive with no agent ("two Russian drones were shot down"): its subject suffered the
    // act, and nobody in the clause did it.
    // A demonym farther back in the clause counts ("Ukrainian positions near X were shelled").
    if (subject < 0 && subject_any >= 0 && a_.clause[a_.actors[subject_any].first] == clause) {
      subject = subject_any;
    }
    // "were looting", "was firing": "be" before a verb in -ing is the progressive, not a passive.
    const bool agentless_passive =
        agent < 0 && subject >= 0 && tr.first > b && !t_.lower[tr.first].ends_with("ing") &&
        (t_.lower[tr.first - 1] == "was" || t_.lower[tr.first - 1] == "were" ||
         t_.lower[tr.first - 1] == "been" || t_.lower[tr.first - 1] == "being");
    if (agentless_passive) {
      if (object < 0 && !StateAsPlace(a_.actors[subject], f)) object = subject;
      if (subject_any == subject) subject_any = -1;
      subject = -1;
    }
    int chosen = passive ? agent : subject >= 0 ? subject : agent >= 0 ? agent : subject_any;
    if (chosen >= 0) f.actor1 = MembersOfGroup(chosen, lo, hi);
    if (chosen >= 0 && f.actor1.country.empty()) {
      f.actor1.country = SpeakerOwning(a_.actors[chosen], b, sources);
      // Named by the pronoun: the text's words are "its forces", which a note cannot tell.
      if (!f.actor1.country.empty()) {
        f.actor1.text = t_.lower[a_.actors[chosen].first - 1] + " " + f.actor1.text;
      }
    }
    if (object >= 0 && object != chosen) f.actor2 = ToFrameActor(a_.actors[object]);
    if (!f.actor1.present()) {
      if (const int speaker = SpeakerSubject(tr, b, e); speaker >= 0) {
        f.actor1 = ToFrameActor(a_.actors[speaker]);
      }
    }
    if (!f.actor1.present() && focus_actor_.present() && focus_paragraph_ == f.paragraph) {
      f.actor1 = focus_actor_;
    }
    // A side claiming its own act: "Russian forces claimed they had taken over X"; not a side
    // accusing another of it ("X accused Y of shelling").
    if (!f.actor1.present()) {
      const std::unordered_set<int> accusers = Accusers(b, e);
      for (int n : sources) {
        if (accusers.count(n)) continue;
        FrameActor src = ToFrameActor(a_.actors[n]);
        if (src.armed() && a_.actors[n].country != "") {
          f.actor1 = src;
          break;
        }
      }
    }
    if (!f.actor1.present() && focus_actor_.present() && focus_paragraph_ + 1 >= f.paragraph) {
      f.actor1 = focus_actor_;
    }
    // Civilians named as the subject of an act of violence are its victims, not its authors.
    if (f.actor1.unit == "civilians" && f.trigger_class != TriggerClass::kDisplacement &&
        IsViolentSubEvent(lex_, f.sub_event_type)) {
      if (!f.actor2.present()) f.actor2 = f.actor1;
      f.actor1 = FrameActor{};
    }
    // A mine or a device set off by those it hit ("a column of Russian troops ran into mines",
    // "two soldiers were killed by an explosive device"): the side named before it is its victim
    // when the words between say it suffered it.
    const SubEventInfo* kind = lex_.SubEvent(f.sub_event_type);
    if (!passive && chosen >= 0 && (chosen == subject || chosen == subject_any) && kind &&
        kind->event_type == "Explosions/Remote violence" &&
        HitByDevice(a_.actors[chosen].end, tr.first)) {
      if (!f.actor2.present()) f.actor2 = f.actor1;
      f.actor1 = FrameActor{};
    }
  }

  // Whether tokens [i, e), between a side and the device that went off, say the side suffered
  // it: it ran or stepped into it ("ran into", "drove over", "hit a"), died of it, or was hurt
  // by it ("were killed in the blast of"). Grammar of suffering, not of the device: "threw",
  // "planted", "carried out" make the side its author.
  bool HitByDevice(std::uint32_t i, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kMoved = {
        "ran", "run", "runs", "running", "drove", "driving", "stepped", "stepping"};
    static const std::unordered_set<std::string_view> kOnto = {"into", "onto", "over", "on"};
    static const std::unordered_set<std::string_view> kHurt = {"killed", "wounded", "injured",
                                                               "blown", "hurt"};
    static const std::unordered_set<std::string_view> kStruck = {"hit", "struck", "triggered"};
    for (std::uint32_t k = i; k < e; ++k) {
      const std::string& w = t_.lower[k];
      if (w == "died" || (kMoved.count(w) && k + 1 < e && kOnto.count(t_.lower[k + 1]))) {
        return true;
      }
      if (kHurt.count(w) && k > i &&
          (t_.lower[k - 1] == "was" || t_.lower[k - 1] == "were" || t_.lower[k - 1] == "been")) {
        return true;
      }
      // "hit a mine": the device right after the verb.
      if (kStruck.count(w) && (k + 1 == e || (k + 2 == e && IsDeterminer(t_.lower[k + 1])))) {
        return true;
      }
    }
    return false;
  }

  // A state's name that is the place of an act, not a party to it ("shelled Kyiv", "Kyiv was
  // shelled", "fired at Kharkiv, Ukraine"): the name, with no force named, is a place mention.
  // Sides of a fight may be states ("Russia fought Ukraine").
  bool StateAsPlace(const ActorSpan& s, const Frame& f) const {
    return s.unit.empty() && !s.bare_demonym && f.trigger_class != TriggerClass::kFight &&
           PlaceAt(s.first);
  }

  // "Kyiv has vowed", "Moscow denied", "Washington said": a place that speaks, vows, denies or
  // asks stands for its government (metonymy), not for where anything happened.
  bool SpeaksForGovernment(const places::PlaceMention& m) const {
    std::uint32_t k = m.end_token;
    const auto n = static_cast<std::uint32_t>(t_.tokens.size());
    while (k < n && k - m.end_token < 2 &&
           (t_.lower[k] == "has" || t_.lower[k] == "have" || t_.lower[k] == "had" ||
            t_.lower[k] == "also" || t_.lower[k] == "again")) {
      ++k;
    }
    if (k >= n || t_.tokens[k].sentence != t_.tokens[m.first_token].sentence) return false;
    auto [alo, ahi] = RangeIn(a_.attributions, k, k + 1, CueFirst);
    if (alo < ahi) return true;
    auto [mlo, mhi] = SpansIn(a_.modalities, k, k + 1);
    for (std::size_t i = mlo; i < mhi; ++i) {
      switch (a_.modalities[i].modality) {
        case ModalityClass::kDenial: case ModalityClass::kThreat: case ModalityClass::kRequest:
        case ModalityClass::kCondemnation: case ModalityClass::kPlan: case ModalityClass::kOpinion:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  // "accused Moscow of", "Moscow's goals", "annexed by Moscow", "Moscow's forces": a place the
  // actor tables also read as a state (a capital standing for its government) is a scene only
  // where it is a location: after a preposition ("in Moscow", "the attack on Kyiv"), as the
  // object of an act ("shelled Kyiv"), as the subject of one ("Kyiv was shelled"), in a list
  // after such a place, after another name and a comma (its region), or as a dateline. Part of a longer actor ("Moscow's forces") it never is.
  bool StandsForState(std::size_t n) const {
    const places::PlaceMention& m = places_[n];
    // The actor span round the mention (spans are a few words long: look a little back).
    const ActorSpan* actor = nullptr;
    auto [alo, ahi] = SpansIn(a_.actors, m.first_token >= 8 ? m.first_token - 8 : 0,
                              m.first_token + 1);
    for (std::size_t i = alo; i < ahi; ++i) {
      const ActorSpan& a = a_.actors[i];
      if (a.end >= m.end_token && a.country != "" && a.country != "*") actor = &a;
    }
    const bool possessive = m.end_token < t_.tokens.size() &&
                            t_.tokens[m.end_token].kind == TokenKind::kPossessive;
    if (actor == nullptr) {
      // "Moscow's influence": a state word before "'s" and no unit forms no actor span.
      const auto word = lex_.actors.LongestAt(t_.lower, m.first_token, m.end_token);
      if (!possessive || word.entry == nullptr || word.length != m.end_token - m.first_token ||
          word.entry->kind != ActorKind::kCountry) {
        return false;
      }
    } else if (!actor->unit.empty()) {
      return true;
    }
    const std::uint32_t sentence = t_.tokens[m.first_token].sentence;
    const std::uint32_t first = t_.sentences[sentence].first_token;
    if (m.first_token == first) {
      // A dateline ("KYIV, March 3 -") or a subject: a scene only before an act.
      const std::uint32_t p = t_.sentences[sentence].paragraph;
      if (t_.paragraphs[p].first_sentence == sentence) return false;
    }
    std::uint32_t k = m.first_token;
    while (k > first && (IsDeterminer(t_.lower[k - 1]) || t_.lower[k - 1] == "central")) --k;
    if (k > first && IsLocativePreposition(t_.lower[k - 1])) return false;
    // "Rusanivka, Kyiv": after a name and a comma, the region of a place the index lacks.
    if (k > first + 1 && t_.lower[k - 1] == "," && t_.tokens[k - 2].capitalised) return false;
    // "Moscow's war", "Moscow's attack on Kyiv": the possessor is the state, not a place.
    // The subject of an act over auxiliaries only: "Kyiv was shelled", "Kyiv came under fire".
    std::uint32_t next = m.end_token;
    while (!possessive && next < t_.tokens.size() && next < m.end_token + 3 &&
           IsAuxiliaryBeforeAct(t_.lower[next])) {
      ++next;
    }
    auto [tlo, thi] = SpansIn(a_.triggers, k >= 8 ? k - 8 : 0, next + 1);
    for (std::size_t i = tlo; i < thi; ++i) {
      const TriggerSpan& tr = a_.triggers[i];
      if (tr.end == k || (!possessive && tr.first == next && next < t_.sentences[sentence].end_token)) {
        return false;
      }
    }
    // "in Kharkiv and Kyiv": the second of a list is what the first is.
    if (n > 0 && k > first + 1 && (t_.lower[k - 1] == "and" || t_.lower[k - 1] == ",") &&
        places_[n - 1].end_token + 1 == k) {
      return StandsForState(n - 1);
    }
    return true;
  }

  // A mention that is no scene of an act: a region qualifying the place before it, or a place
  // standing for its government.
  bool NamesNoScene(std::size_t n) const {
    return IsQualifier(n) || SpeaksForGovernment(places_[n]) || StandsForState(n);
  }

  bool IsOrigin(const places::PlaceMention& m) const {
    for (std::uint32_t back = 1; back <= 2 && m.first_token >= back; ++back) {
      if (t_.lower[m.first_token - back] == "from") return true;
    }
    return false;
  }

  // "civilians evacuating from X", "a bus evacuating people from X": the place people were
  // leaving, a word of displacement right before its "from". An act on them there ("fired on
  // civilians evacuating from X") happened at X, unlike "troops from X" who acted elsewhere.
  bool FledFrom(const places::PlaceMention& m) const {
    constexpr std::uint32_t kReach = 4;
    for (std::uint32_t back = 1; back <= kReach && m.first_token >= back; ++back) {
      const std::uint32_t k = m.first_token - back;
      if (t_.tokens[k].kind == TokenKind::kPunct) return false;
      auto [lo, hi] = SpansIn(a_.triggers, k, k + 1);
      for (std::size_t n = lo; n < hi; ++n) {
        if (a_.triggers[n].entry &&
            a_.triggers[n].entry->trigger_class == TriggerClass::kDisplacement) {
          return true;
        }
      }
    }
    return false;
  }

  bool ChoosePlace(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e, Frame& f) {
    chosen_place_.reset();
    const std::uint32_t clause = a_.clause[tr.first];
    const places::PlaceMention* best = nullptr;
    int best_score = std::numeric_limits<int>::min();
    bool world_region = false;
    auto [plo, phi] = RangeIn(places_, b, e, PlaceFirst);
    for (std::size_t n = plo; n < phi; ++n) {
      const places::PlaceMention& m = places_[n];
      if (m.place.is_country()) continue;
      if (IsWorldRegion(m.place)) {
        world_region = true;
        continue;
      }
      // People abducted or taken "from X" were at X when taken; a force that "withdrew from X"
      // gave X up.
      const bool leaving = f.trigger_class == TriggerClass::kDisplacement ||
                           f.trigger_class == TriggerClass::kTransfer;
      if (!leaving && IsOrigin(m) && !FledFrom(m) &&
          f.sub_event_type != "Abduction/forced disappearance") {
        continue;
      }
      if (NamesNoScene(n)) continue;
      const bool same_clause = a_.clause[m.first_token] == clause;
      const bool after = m.first_token >= tr.end;
      const std::uint32_t distance = after ? m.first_token - tr.end : tr.first - m.end_token;
      int score = (same_clause ? 2000 : 0) + (after ? 1000 : 0) - static_cast<int>(distance);
      // The most specific place the clause gives: a town before its region ("in the Lviv
      // region near Brody" is Brody). Seas stay where they are named.
      const bool region = (m.precision == places::Precision::kRegion ||
                           (m.place.is_admin() && m.place.feature_code != "ADM2")) &&
                          m.place.feature_code != "SEA";
      if (region) score -= 1500;
      // A place the text pins down by its region or a reference point ("in Ashford, Kent",
      // "Ashford near Dover") is where the writer locates the act; a bare name beside it is more
      // often a destination, an origin or a name in passing ("a car carrying aid to Dover was
      // shot at near Ashford, Kent"). Worth more than coming after the act word, less than
      // being in its clause.
      if (!region && n + 1 < places_.size() && IsQualifier(n + 1)) score += 1100;
      // People displaced are coded where they fled from ("evacuated from X to Y" is X), ground
      // given up where it was ("withdrew from X to Y" is X).
      if (leaving) {
        if (IsOrigin(m)) score += 3000;
        if (m.first_token >= 1 && t_.lower[m.first_token - 1] == "to") score -= 3000;
      }
      if (score > best_score) {
        best_score = score;
        best = &m;
      }
    }
    if (best) {
      SetPlace(*best, f);
      chosen_place_ = static_cast<std::size_t>(best - places_.data());
      return true;
    }
    // "in Europe", "over the Middle East": the sentence places its act wider than any country,
    // so it has no codeable place, and the place of an earlier sentence is not its place.
    if (world_region) return false;
    if (focus_place_ && focus_place_paragraph_ + 2 >= f.paragraph) {
      f.place = *focus_place_;
      f.geo_precision = focus_geo_precision_;
      f.place_from_focus = true;
      return true;
    }
    return false;
  }

  // "Rubizhne, Luhansk": a place right after another place and a comma names the region the
  // first lies in, not a second place.
  bool IsQualifier(std::size_t n) const {
    if (n == 0) return false;
    const places::PlaceMention& m = places_[n];
    const places::PlaceMention& prev = places_[n - 1];
    if (m.first_token < 2 || prev.end_token + 1 != m.first_token || prev.place.is_country()) {
      return false;
    }
    const std::string& between = t_.lower[m.first_token - 1];
    if (between == ",") return true;
    // "Avdiivka near Donetsk": a town after another town and "near" is a reference point.
    const bool town = prev.precision != places::Precision::kRegion && !prev.place.is_admin();
    return town && (between == "near" || between == "outside");
  }

  // "shelled X on Monday and again on Tuesday": the days of a list the act's own day opens, in
  // the clause of that day and before `e`, joined by "and" or commas (with "again", "then", "on"
  // between): the act happened on each, one incident per day (ACLED). The list may stand before
  // the act, set off by a comma ("On Monday and Tuesday, crowds marched ..."). Only single days
  // count; "between Monday and Tuesday" is one stretch, "on Monday or Tuesday" one act of unsure
  // day. Returns {} when there is no such list.
  std::vector<const time::TimeExpression*> ListedDays(std::uint32_t e) const {
    auto single = [](const time::TimeExpression& x) {
      return x.precision == 1 && x.range_first == x.range_last && !x.future && !x.historic &&
             !x.open_span;
    };
    if (!chosen_time_ || !single(*chosen_time_)) return {};
    const std::uint32_t first = chosen_time_->first_token;
    const std::uint32_t clause = a_.clause[first];
    if (first > 0 &&
        (t_.lower[first - 1] == "between" ||
         (first > 1 && t_.lower[first - 1] == "on" && t_.lower[first - 2] == "between"))) {
      return {};
    }
    const auto n0 = static_cast<std::size_t>(chosen_time_ - times_.data());
    std::vector<const time::TimeExpression*> days{chosen_time_};
    for (std::size_t n = n0 + 1; n < times_.size() && times_[n].end_token <= e; ++n) {
      const time::TimeExpression& x = times_[n];
      const time::TimeExpression& prev = *days.back();
      if (a_.clause[x.first_token] != clause || !single(x) || x.first_token < prev.end_token) break;
      bool joined = false;
      bool other = false;
      for (std::uint32_t i = prev.end_token; i < x.first_token; ++i) {
        const std::string& w = t_.lower[i];
        if (w == "and" || w == ",") {
          joined = true;
        } else if (w != "again" && w != "then" && w != "on") {
          other = true;
        }
      }
      if (!joined || other) break;
      if (std::none_of(days.begin(), days.end(),
                       [&](const time::TimeExpression* d) { return d->date == x.date; })) {
        days.push_back(&x);
      }
    }
    return days.size() > 1 ? days : std::vector<const time::TimeExpression*>{};
  }

  // Whether a toll of [b, e) is told per part of the act ("killing one person each day", "two
  // dead in each town", "three per day"): then every part has it whole.
  bool DistributiveToll(std::uint32_t b, std::uint32_t e) const {
    constexpr std::uint32_t kReach = 3;
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      for (std::uint32_t k = a_.casualties[n].end; k < e && k <= a_.casualties[n].end + kReach;
           ++k) {
        const std::string& w = t_.lower[k];
        if (t_.tokens[k].kind == TokenKind::kPunct) break;
        if (w == "each" || w == "per" || w == "every" || w == "apiece") return true;
      }
    }
    return false;
  }

  // "shelled Rubizhne, Kreminna and Lysychansk": the towns of a list closed by "and" or "or",
  // from mention n on, within the sentence ending at token e. A region right after a town and a
  // comma qualifies that town ("Kreminna, Luhansk and ...") and is no member; so does a region or
  // country the town is said to lie in ("took Ozerne in the Donetsk region and Dvorichna", "in
  // Ukraine's eastern Donetsk region"). Only towns split an act: a list with a country or region
  // in it ("Kharkiv and the Sumy region") stays whole, since a region-wide act has no place of
  // its own to code. Returns {n} when there is no such list.
  std::vector<std::size_t> ListedPlaces(std::size_t n, std::uint32_t e) const {
    auto is_town = [](const places::PlaceMention& m) {
      return m.precision != places::Precision::kRegion && !m.place.is_admin() &&
             !m.place.is_country() && !IsWorldRegion(m.place) && m.place.feature_code != "SEA";
    };
    if (!is_town(places_[n])) return {n};
    // "between X and Y" names one stretch of ground, not two scenes.
    const std::uint32_t first = places_[n].first_token;
    if (first > 0 && t_.lower[first - 1] == "between") return {n};
    std::vector<std::size_t> list{n};
    std::size_t last = n;  // the last member or qualifier read
    for (std::size_t k = n + 1; k < places_.size() && places_[k].end_token <= e; ++k) {
      const places::PlaceMention& prev = places_[last];
      const places::PlaceMention& m = places_[k];
      if (m.first_token <= prev.end_token || m.first_token - prev.end_token > 2) break;
      bool comma = false, conjunction = false, other = false;
      bool located = false;  // "in", "'s": the words say where the place before lies
      bool setting = true;   // only words of such a phrase ("in", "the", "'s", "eastern")
      for (std::uint32_t i = prev.end_token; i < m.first_token; ++i) {
        const std::string& w = t_.lower[i];
        if (w == ",") comma = true;
        else if (w == "and" || w == "or") conjunction = true;
        else other = true;
        if (w == "in" || w == "'s") {
          located = true;
        } else if (w != "the" && !IsCompassAdjective(w)) {
          setting = false;
        }
      }
      if (located && setting && !is_town(m)) {
        last = k;  // "Ozerne in the Donetsk region": the region qualifies the town
        continue;
      }
      if (other || (!comma && !conjunction)) break;
      const bool qualifier = !conjunction && (!is_town(m) || m.place.name == prev.place.admin1);
      if (qualifier) {
        last = k;
        continue;
      }
      if (!is_town(m)) return {n};
      list.push_back(k);
      last = k;
      if (conjunction) return list;  // "..., X and Y": Y closes the list
    }
    return {n};
  }

  void SetPlace(const places::PlaceMention& m, Frame& f) const {
    // A county or raion is a small area (2); a first-level region is coded at its seat (3).
    const bool region = m.precision == places::Precision::kRegion ||
                        (m.place.is_admin() && m.place.feature_code != "ADM2");
    if (region && m.region_seat) {
      f.place = *m.region_seat;
      f.geo_precision = 3;
    } else {
      f.place = m.place;
      f.geo_precision = region ? 3 : m.precision == places::Precision::kNear ? 2 : 1;
    }
  }

  // Whether a series cue ("a series of", "waves of") stands before the act word in its clause,
  // with at most a few words and no punctuation between ("waves of missile and drone attacks").
  bool InSeries(const TriggerSpan& tr, std::uint32_t b) const {
    auto [lo, hi] = ModalitiesIn(b, tr.first);
    for (std::size_t n = lo; n < hi; ++n) {
      const ModalitySpan& m = a_.modalities[n];
      if (m.modality != ModalityClass::kSeries || m.end > tr.first) continue;
      if (tr.first - m.end > kSeriesGap || a_.clause[m.first] != a_.clause[tr.first]) continue;
      bool punct = false;
      for (std::uint32_t k = m.end; k < tr.first; ++k) {
        punct = punct || t_.tokens[k].kind == TokenKind::kPunct;
      }
      if (!punct) return true;
    }
    return false;
  }

  // The end of what tells the act at `tr`: a sequel cue after it in the sentence ("the blasts
  // come a week after ...") opens the earlier act it is told against; else the sentence's end.
  std::uint32_t SequelCut(const TriggerSpan& tr, std::uint32_t e) const {
    auto [lo, hi] = ModalitiesIn(tr.end, e);
    for (std::size_t n = lo; n < hi; ++n) {
      if (a_.modalities[n].modality == ModalityClass::kSequel) return a_.modalities[n].first;
    }
    return e;
  }

  // Whether a strong act word is told with the person it was done to named, or with a day of
  // its own in its clause: an act pinned down, which a condemnation of it does not make unreal.
  bool CondemnedActTold(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    return tr.entry->trigger_class == TriggerClass::kStrong &&
           (DayInClause(tr, b, e) || !VictimName(tr, b, e).empty());
  }

  // Whether the act's own clause names one day for it (not a span, not the future, not history).
  bool DayInClause(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    auto [lo, hi] = RangeIn(times_, b, e, TimeFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      const time::TimeExpression& x = times_[n];
      if (a_.clause[x.first_token] != a_.clause[tr.first]) continue;
      if (x.precision == 1 && !x.future && !x.historic && !x.open_span) return true;
    }
    return false;
  }

  // Whether the text dates the act itself (its clause or the report of it) to a day in the
  // week before publication.
  bool RecentOwnDay(const Frame& f) const {
    if (f.date_source != DateSource::kOwn && f.date_source != DateSource::kReport) return false;
    if (!f.date || f.time_precision > 2) return false;
    return f.date->ToDays() >= doc_.published->ToDays() - kRecentDays;
  }

  bool ChooseTime(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e, Frame& f) {
    chosen_time_ = nullptr;
    const std::uint32_t clause = a_.clause[tr.first];
    const time::TimeExpression* own = nullptr;
    const time::TimeExpression* report = nullptr;
    const time::TimeExpression* other = nullptr;
    auto [tlo, thi] = RangeIn(times_, b, e, TimeFirst);
    auto [alo, ahi] = RangeIn(a_.attributions, b, e, CueFirst);
    for (std::size_t n = tlo; n < thi; ++n) {
      const time::TimeExpression& x = times_[n];
      // "since February 24", "since the war began": a span up to now dates no act.
      if (x.open_span) continue;
      const std::uint32_t c = a_.clause[x.first_token];
      if (c == clause) {
        if (!own) own = &x;
        continue;
      }
      bool attribution_clause = false;
      for (std::size_t k = alo; k < ahi; ++k) {
        if (a_.clause[a_.attributions[k].cue_first] == c) attribution_clause = true;
      }
      if (attribution_clause) {
        if (!report) report = &x;
      } else if (!other) {
        other = &x;
      }
    }
    const time::TimeExpression* chosen = own ? own : other ? other : report;
    // "killed so far, the minister said on Saturday": the day of the report is not the act's.
    if (chosen == report && report && HasModality(b, e, ModalityClass::kCumulative)) {
      chosen = nullptr;
    }
    if (chosen) {
      if (chosen->future) return false;  // an act announced for later
      if (chosen->historic) return false;  // background years before the report
      f.date = chosen->date;
      f.time_precision = chosen->precision;
      f.date_source = chosen == report ? DateSource::kReport : DateSource::kOwn;
      chosen_time_ = chosen;
      return true;
    }
    const bool movement = f.trigger_class == TriggerClass::kMovement ||
                          f.trigger_class == TriggerClass::kDisplacement;
    // Movements and displacement are coded only on a day the text states.
    if (movement) return false;
    if (HasModality(b, e, ModalityClass::kCumulative)) {
      // "losses so far during the fighting": fighting told with a running toll is the war.
      if (f.trigger_class == TriggerClass::kFight) return false;
      f.date_source = DateSource::kNone;
      f.time_precision = 1;
      return true;
    }
    if (focus_time_) {
      f.date = focus_time_->date;
      f.time_precision = focus_time_->precision;
      f.date_source = DateSource::kFocus;
      return true;
    }
    f.date = *doc_.published;
    f.time_precision = 2;
    f.date_source = DateSource::kPublication;
    return true;
  }

  // The noun phrase at token i, ending before token e. `thing`: the phrase names what an act
  // hit, so a phrase that names an act or a weapon ("the attack", "a powerful charge") or a bare
  // pronoun ("him") is none.
  std::string NounPhraseAt(std::uint32_t i, std::uint32_t e, bool thing = false,
                           std::uint32_t* phrase_end = nullptr) const {
    // The head the text names, without its article or count ("THE bank", "at least 10 towers").
    while (i < e) {
      const std::string& w = t_.lower[i];
      const bool quantity = t_.tokens[i].kind == TokenKind::kNumber || w == "least" ||
                            w == "most" || IsQuantityWord(i, e);
      const bool owner = thing && IsPossessivePronoun(w);
      if (!IsDeterminer(w) && !quantity && !owner &&
          !(w == "at" && i + 1 < e && t_.lower[i + 1] == "least")) {
        break;
      }
      ++i;
    }
    std::uint32_t j = i;
    while (j < e && j - i < 7) {
      const text::Token& tok = t_.tokens[j];
      if (tok.kind == TokenKind::kPunct) break;
      if (tok.kind == TokenKind::kWord && EndsNounPhrase(t_.lower[j])) break;
      if (tok.kind == TokenKind::kNumber && j == i) break;
      // A participle after the head opens a clause of its own ("the truck owned by a firm",
      // "a post located in the town").
      if (j > i && tok.kind == TokenKind::kWord && t_.lower[j].ends_with("ed") && j + 1 < e &&
          EndsNounPhrase(t_.lower[j + 1])) {
        break;
      }
      ++j;
    }
    if (j == i) return "";
    // Not a place, an actor or a time: those have fields of their own.
    // Mentions are short: those that can overlap [i, j) start at most a few tokens before i.
    const std::uint32_t from = i > 12 ? i - 12 : 0;
    auto [plo, phi] = RangeIn(places_, from, j, PlaceFirst);
    for (std::size_t n = plo; n < phi; ++n) {
      if (places_[n].end_token > i) return "";
    }
    auto [tlo, thi] = RangeIn(times_, from, j, TimeFirst);
    for (std::size_t n = tlo; n < thi; ++n) {
      if (times_[n].end_token > i) return "";
    }
    // An actor as the head of the phrase is actor2, not a target; as a modifier ("the police
    // department") it is part of the target.
    auto [alo, ahi] = SpansIn(a_.actors, from, j);
    for (std::size_t n = alo; n < ahi; ++n) {
      const ActorSpan& s = a_.actors[n];
      if (s.end >= j && s.unit != "civilians" && !s.unit.empty()) return "";
    }
    if (thing && !IsThing(i, j)) return "";
    // "the offices of the electricity company": a thing named by whose it is, the owner a thing
    // too (no place, actor, time or person).
    if (thing && j + 1 < e && t_.lower[j] == "of" && lex_.IsTargetHead(t_.lower[j - 1])) {
      std::uint32_t owner_end = 0;
      if (!NounPhraseAt(j + 1, e, false, &owner_end).empty() && IsThing(j + 1, owner_end)) {
        j = owner_end;
      }
    }
    std::string np = StripDeterminer(t_.TokenRange(i, j));
    if (np.empty() || IsDeterminer(np)) return "";
    if (phrase_end != nullptr) *phrase_end = j;
    return np;
  }

  // Whether token i is a past form or a participle ("torched", "smashing") with its object after
  // it (an article, a count, a possessive) or its particle ("pulled down").
  bool VerbBeforeObject(std::uint32_t i, std::uint32_t e) const {
    const std::string& w = t_.lower[i];
    if (i + 1 >= e || t_.tokens[i].kind != TokenKind::kWord || w.size() < 5 ||
        (!w.ends_with("ed") && !w.ends_with("ing"))) {
      return false;
    }
    const std::string& next = t_.lower[i + 1];
    if (next == "up" || next == "down" || next == "off") return true;
    return IsDeterminer(next) || IsPossessivePronoun(next) ||
           t_.tokens[i + 1].kind == TokenKind::kNumber || IsQuantityWord(i + 1, e);
  }

  // The things an act hit, named together from token i ("the bank, a shop and the town hall"):
  // the noun phrases of a list joined by commas and a final "and" or "or", each a thing
  // (NounPhraseAt), as the text names them; the first phrase alone when no such list follows.
  std::string ThingsAt(std::uint32_t i, std::uint32_t e) const {
    std::uint32_t first_end = 0;
    const std::string first = NounPhraseAt(i, e, true, &first_end);
    if (first.empty()) return first;
    std::uint32_t list_end = first_end;
    std::uint32_t k = first_end;
    for (int items = 1; items < 8; ++items) {
      std::uint32_t n = k;
      if (n < e && t_.lower[n] == ",") ++n;
      const bool closing = n < e && (t_.lower[n] == "and" || t_.lower[n] == "or");
      if (closing) ++n;
      if (n == k || n >= e) break;
      // "looted a bank and torched two cars", "attacked a bank, smashing a window": a verb
      // before its object starts a clause of its own, not another thing hit.
      if (VerbBeforeObject(n, e)) break;
      std::uint32_t next_end = 0;
      if (NounPhraseAt(n, e, true, &next_end).empty()) break;
      k = next_end;
      if (closing) {
        list_end = k;
        break;
      }
    }
    if (list_end == first_end) return first;
    // The list from the first thing's own words (its article or count left out).
    const std::string whole(t_.TokenRange(i, list_end));
    const std::size_t at = whole.find(first);
    return at == std::string::npos ? first : whole.substr(at);
  }

  // Whether tokens [i, j) can name a thing hit: no act or weapon word in them, not a pronoun.
  bool IsThing(std::uint32_t i, std::uint32_t j) const {
    static const std::unordered_set<std::string_view> kPronouns = {
        "him", "her", "them", "it",      "they",       "us",  "me",     "you",
        "he",  "she", "we",   "himself", "themselves", "one", "others", "another"};
    if (j == i + 1 && kPronouns.count(t_.lower[i])) return false;
    // An area ("the outskirts", "several towns"), a count of people ("the dead", "an unspecified
    // number", "12 people"), a distance ("300 metres") or what a claim takes ("credit") is no
    // thing hit.
    static const std::unordered_set<std::string_view> kNoThing = {
        "outskirts",  "area",    "areas",   "zone",     "zones",          "region",     "territory",
        "town",       "towns",   "village", "villages", "city",           "number",     "dead",
        "casualties", "victims", "members", "credit",   "responsibility", "results",    "people",
        "persons",    "meters",  "metres",  "km",       "kilometers",     "kilometres", "miles",
        "yards",      "feet"};
    if (kNoThing.count(t_.lower[j - 1])) return false;
    // A person named in it is the victim, not a thing ("former minister Ana Ruiz").
    for (std::uint32_t k = i; k < j; ++k) {
      if (NameEnd(k, j) > k) return false;
    }
    auto [lo, hi] = SpansIn(a_.triggers, i, j);
    if (lo < hi) return false;
    for (std::uint32_t k = i; k < j; ++k) {
      if (lex_.weapons.LongestAt(t_.lower, k, j).entry) return false;
    }
    return true;
  }

  // A thing of the act's clause its words name by kind ("a bomb exploded in a restaurant", "the
  // bus was blown up", data/targets.tsv), with the words before it that modify it ("power
  // transmission towers"); the clause after the act first, then before it, then the rest of
  // the sentence. Empty if none.
  std::string PhysicalTarget(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    const std::uint32_t clause = a_.clause[tr.first];
    auto head_at = [&](std::uint32_t k) {
      return t_.tokens[k].kind == TokenKind::kWord && lex_.IsTargetHead(t_.lower[k]) &&
             !ActorAt(k) && !PlaceAt(k);
    };
    auto phrase = [&](std::uint32_t k) {
      // "the depot buildings", "the bus station": the last head of a run is the head.
      std::uint32_t end = k + 1;
      while (end < e && head_at(end)) ++end;
      return TargetPhrase(k, end, b);
    };
    // "the school teachers", "the kiosk owner": a run of heads that another noun follows
    // modifies it and names no thing.
    auto modifier = [&](std::uint32_t k) {
      std::uint32_t end = k + 1;
      while (end < e && head_at(end)) ++end;
      if (end >= e || t_.tokens[end].kind != TokenKind::kWord) return false;
      const std::string& w = t_.lower[end];
      if (EndsNounPhrase(w) || NotAName(w) || w.ends_with("ed") || w.ends_with("ing") ||
          TimeAt(end) || PlaceAt(end) || ActorAt(end)) {
        return false;
      }
      auto [tlo, thi] = SpansIn(a_.triggers, end, end + 1);
      return tlo == thi && !lex_.weapons.LongestAt(t_.lower, end, e).entry;
    };
    // "fired from a car", "was hit by a truck": a thing named after "from" or "by" is where the
    // act came from or what did it, not what it hit ("300 metres from the bank" is near it).
    auto source = [&](std::uint32_t k) {
      static const std::unordered_set<std::string_view> kMore = {
          "against", "toward", "towards", "through", "behind", "beside", "upon"};
      static const std::unordered_set<std::string_view> kDistance = {
          "meters", "metres", "km", "kilometers", "kilometres", "miles", "yards", "feet", "away"};
      std::uint32_t i = k;
      while (i > b && k - i < 5 && t_.tokens[i - 1].kind == TokenKind::kWord &&
             !EndsNounPhrase(t_.lower[i - 1]) && !kMore.count(t_.lower[i - 1])) {
        --i;
      }
      if (i == b) return false;
      const std::string& w = t_.lower[i - 1];
      if (w == "by") return true;
      return w == "from" && !(i - 1 > b && kDistance.count(t_.lower[i - 2]));
    };
    for (bool same_clause : {true, false}) {
      for (std::uint32_t k = tr.end; k < e; ++k) {
        if ((a_.clause[k] == clause) == same_clause && head_at(k) && !modifier(k) && !source(k)) {
          return phrase(k);
        }
      }
      for (std::uint32_t k = tr.first; k > b; --k) {
        if ((a_.clause[k - 1] == clause) == same_clause && head_at(k - 1)) {
          std::uint32_t first = k - 1;
          while (first > b && head_at(first - 1)) --first;
          if (modifier(first) || source(first)) {
            k = first + 1;
            continue;
          }
          return phrase(first);
        }
      }
    }
    return "";
  }

  // The target phrase with its head run at [first, end): the words before it that modify it,
  // at most four (not an article, a count, a function word, a participle or a place, but a
  // place that names the thing after "the": "the Vorona Brook bridge"; "a Sumy restaurant" is
  // where it stood).
  std::string TargetPhrase(std::uint32_t first, std::uint32_t end, std::uint32_t b) const {
    std::uint32_t i = first;
    while (i > b && first - i < 4) {
      const std::uint32_t k = i - 1;
      const text::Token& tok = t_.tokens[k];
      const std::string& w = t_.lower[k];
      if (tok.kind == TokenKind::kPossessive) {
        --i;
        continue;
      }
      if (tok.kind != TokenKind::kWord || IsDeterminer(w) || IsPossessivePronoun(w) ||
          EndsNounPhrase(w) || IsQuantityWord(k, first)) {
        break;
      }
      const bool hyphenated = w.find('-') != std::string::npos;
      if (!hyphenated && (w.ends_with("ed") || w.ends_with("ing"))) break;
      if (TimeAt(k)) break;  // "last week" before it
      if (const places::PlaceMention* m = PlaceEndingAt(i)) {
        if (m->first_token == 0 || t_.lower[m->first_token - 1] != "the") break;
        i = m->first_token;
        break;
      }
      auto [tlo, thi] = SpansIn(a_.triggers, k, k + 1);
      if (tlo < thi || lex_.weapons.LongestAt(t_.lower, k, first).entry) break;
      --i;
    }
    // A possessive whose owner was left out ("the city's [power plant]") goes with it.
    while (i < first && t_.tokens[i].kind == TokenKind::kPossessive) ++i;
    return std::string(t_.TokenRange(i, end));
  }

  // Whether token i lies inside a place mention.
  bool PlaceAt(std::uint32_t i) const {
    auto [lo, hi] = RangeIn(places_, i > 8 ? i - 8 : 0, i + 1, PlaceFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      if (places_[n].first_token <= i && i < places_[n].end_token) return true;
    }
    return false;
  }

  // Whether token i lies inside a time expression.
  bool TimeAt(std::uint32_t i) const {
    auto [lo, hi] = RangeIn(times_, i > 8 ? i - 8 : 0, i + 1, TimeFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      if (times_[n].first_token <= i && i < times_[n].end_token) return true;
    }
    return false;
  }

  // The place mention that ends right before token `end`, if any.
  const places::PlaceMention* PlaceEndingAt(std::uint32_t end) const {
    auto [lo, hi] = RangeIn(places_, end > 8 ? end - 8 : 0, end, PlaceFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      if (places_[n].end_token == end) return &places_[n];
    }
    return nullptr;
  }

  // Whether token i lies inside an actor mention ("Russian", "rebel").
  bool ActorAt(std::uint32_t i) const {
    auto [lo, hi] = SpansIn(a_.actors, i > 8 ? i - 8 : 0, i + 1);
    for (std::size_t n = lo; n < hi; ++n) {
      if (a_.actors[n].first <= i && i < a_.actors[n].end) return true;
    }
    return false;
  }

  // A number word or a vague amount ("two", "several", "dozens of") at token i.
  bool IsQuantityWord(std::uint32_t i, std::uint32_t e) const {
    auto m = lex_.quantities.LongestAt(t_.lower, i, e);
    return m.entry &&
           (m.entry->kind == QuantityKind::kNumber || m.entry->kind == QuantityKind::kVague);
  }

  // The object the act hit: after a verb ("destroyed the regional police department"), after
  // "on/of/against" for a noun ("strike on a school"), or after the verb that follows the actor.
  // Where the object after a verb names a weapon ("fired [two cruise missiles] at the port"):
  // the token after the "at", "on" or "against" that follows it; i when the object is no weapon.
  std::uint32_t AfterInstrument(std::uint32_t i, std::uint32_t e) const {
    constexpr std::uint32_t kReach = 6;
    auto [lo, hi] = SpansIn(a_.triggers, i, std::min(e, i + kReach));
    bool weapon = false;
    for (std::size_t n = lo; n < hi && !weapon; ++n) {
      weapon = a_.triggers[n].entry && !a_.triggers[n].entry->weapon.empty();
    }
    if (!weapon) return i;
    for (std::uint32_t k = i; k < e && k < i + kReach + 2; ++k) {
      if (t_.tokens[k].kind == TokenKind::kPunct) break;
      const std::string& w = t_.lower[k];
      if (w == "at" || w == "on" || w == "against") return k + 1;
    }
    return i;
  }

  std::string ChooseTarget(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e,
                           const std::vector<const TriggerSpan*>& weak) const {
    // A protest's target is what it is against ("gathered outside the town hall to protest
    // against the war"), never what the protesters carry ("blue and yellow flags") nor what
    // was used on them ("fired stun grenades to disperse the crowd").
    const TriggerClass cls = tr.entry ? tr.entry->trigger_class : TriggerClass::kStrong;
    if (cls == TriggerClass::kProtest || cls == TriggerClass::kProtestForce ||
        cls == TriggerClass::kRiot) {
      constexpr std::uint32_t kReach = 14;
      for (std::uint32_t k = tr.end; k < e && k < tr.end + kReach; ++k) {
        if (t_.lower[k] == ";") break;
        if (t_.lower[k] == "against") return NounPhraseAt(k + 1, e);
      }
      return "";
    }
    auto object_of = [&](const TriggerSpan& x) -> std::string {
      const std::string& w = t_.lower[x.end - 1];
      std::uint32_t i = x.end;
      // A passive verb has no object after it ("was murdered on a street": a place).
      if (w.ends_with("ed") && x.first > 0) {
        const std::string& aux = t_.lower[x.first - 1];
        if (aux == "was" || aux == "were" || aux == "been" || aux == "be") return "";
      }
      // "set fire to X": the act's own last word leads to its object.
      if (w == "to" || w == "on" || w == "against" || w == "at") return ThingsAt(i, e);
      if (i < e && (t_.lower[i] == "on" || t_.lower[i] == "against" || t_.lower[i] == "at")) {
        return ThingsAt(i + 1, e);
      }
      // "shelled the depot"; a trigger ending in its preposition: "slammed into a block"; a weak
      // verb of no -ed ("struck", "hit") right before an article: "struck a shopping centre" (a
      // weak word after an article or a possessive is a noun: "a direct hit").
      const bool article_next =
          x.entry && x.entry->trigger_class == TriggerClass::kWeak && x.entry->weapon.empty() &&
          i < e && (t_.lower[i] == "a" || t_.lower[i] == "an" || t_.lower[i] == "the") &&
          x.first > 0 && !IsDeterminer(t_.lower[x.first - 1]) &&
          !IsPossessivePronoun(t_.lower[x.first - 1]) && t_.lower[x.first - 1] != "'s";
      if (w.ends_with("ed") || w == "into" || w == "through" || w == "on" || article_next) {
        // "fired cruise missiles at the port": the weapon is the instrument; the target
        // follows "at", "on" or "against".
        if (const std::uint32_t k = AfterInstrument(i, e); k > i) return ThingsAt(k, e);
        return ThingsAt(i, e);
      }
      return "";
    };
    for (const TriggerSpan* x : weak) {
      if (x->first >= b && x->first < e && a_.clause[x->first] == a_.clause[tr.first]) {
        std::string np = object_of(*x);
        if (!np.empty()) return np;
      }
    }
    std::string np = object_of(tr);
    if (!np.empty()) return np;
    if (cls == TriggerClass::kBlock) return "";
    // "Russian aviation disabled the main TV tower": the verb right after the actor.
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& s = a_.actors[n];
      if (a_.clause[s.first] != a_.clause[tr.first] || s.end >= e) continue;
      const std::string& v = t_.lower[s.end];
      if (t_.tokens[s.end].kind == TokenKind::kWord && v.size() > 3 && v.ends_with("ed")) {
        const std::uint32_t object = s.end + 1;
        const std::uint32_t after = AfterInstrument(object, e);
        if (after > object) return ThingsAt(after, e);
        np = ThingsAt(object, e);
        if (!np.empty()) return np;
      }
    }
    if (!tr.entry || !IsViolentSubEvent(lex_, tr.entry->sub_event_type)) return "";
    return PhysicalTarget(tr, b, e);
  }

  // Whether the act's target is a force's thing (data/military_targets.tsv: "a military base",
  // "Ukrainian checkpoints", "a Russian BMP vehicle"), and the side a demonym in it names. The
  // words that modify the target but lie outside it count ("at Russian armored vehicles"), and
  // so does an "of" after it ("a group of Russian tanks").
  void MilitaryTarget(std::uint32_t b, std::uint32_t e, Frame& f) const {
    if (f.target.empty()) return;
    constexpr std::uint32_t kLongest = 12;
    constexpr std::uint32_t kModifiers = 3;
    // A word that can modify a noun: not an article, a function word, a place, a word of an act
    // ("shelled"), a force named in full ("Russian forces") or another participle.
    auto plain_word = [&](std::uint32_t k) {
      const std::string& w = t_.lower[k];
      if (t_.tokens[k].kind != TokenKind::kWord || IsDeterminer(w) || EndsNounPhrase(w) ||
          PlaceAt(k)) {
        return false;
      }
      if (w.ends_with("ed") && !lex_.IsMilitaryMark(w)) return false;
      auto [tlo, thi] = SpansIn(a_.triggers, k > 4 ? k - 4 : 0, k + 1);
      for (std::size_t n = tlo; n < thi; ++n) {
        if (a_.triggers[n].first <= k && k < a_.triggers[n].end) return false;
      }
      auto [alo, ahi] = SpansIn(a_.actors, k > 4 ? k - 4 : 0, k + 1);
      for (std::size_t n = alo; n < ahi; ++n) {
        const ActorSpan& x = a_.actors[n];
        if (x.first <= k && k < x.end && !x.bare_demonym) return false;
      }
      return true;
    };
    for (std::uint32_t i = b; i < e; ++i) {
      if (t_.tokens[i].kind != TokenKind::kWord || !f.target.starts_with(t_.TokenRange(i, i + 1))) {
        continue;
      }
      for (std::uint32_t j = i + 1; j <= e && j - i <= kLongest; ++j) {
        const std::string_view phrase = t_.TokenRange(i, j);
        if (phrase.size() > f.target.size()) break;
        if (phrase != f.target) continue;
        std::uint32_t first = i;
        while (first > b && i - first < kModifiers && plain_word(first - 1)) --first;
        std::uint32_t end = j;
        if (end + 1 < e && t_.lower[end] == "of") {
          end += 2;
          while (end < e && end - j < kModifiers + 2 && plain_word(end)) ++end;
        }
        for (std::uint32_t k = first; k < end; ++k) {
          f.military_target |= lex_.IsMilitaryMark(t_.lower[k]);
        }
        if (!f.military_target) return;
        auto [lo, hi] = SpansIn(a_.actors, first, end);
        for (std::size_t n = lo; n < hi; ++n) {
          const ActorSpan& x = a_.actors[n];
          if (x.end <= end && x.bare_demonym && !x.country.empty()) {
            f.target_side = FrameActor{x.country, "military", ""};
            break;
          }
        }
        return;
      }
    }
  }

  // Words that end a name and the object of an act: "by", "in", "who", "was", ...
  static bool NotAName(std::string_view w) {
    static const std::unordered_set<std::string_view> kWords = {
        "by",   "when", "while", "after", "before", "who",  "whom", "which", "that",
        "and",  "but",  "or",    "in",    "on",     "at",   "near", "from",  "with",
        "of",   "to",   "for",   "was",   "were",   "is",   "are",  "had",   "has",
        "have", "said", "says",  "told",  "reported"};
    return kWords.count(w) > 0;
  }

  // The end of a person's name starting at token i (i if none): a given name, then up to four
  // name words that are not common English words, "de", "del" or "y" between two of them
  // ("Ana Maria Ruiz de Vega"). A given name that is also a common word ("Will", "Rose") names
  // a person only with a surname after it.
  std::uint32_t NameEnd(std::uint32_t i, std::uint32_t e) const {
    if (i >= e || t_.tokens[i].kind != TokenKind::kWord) return i;
    const std::string& first = t_.lower[i];
    if (!lex_.IsGivenName(first)) return i;
    // "Victoria", "June 5": a place or a day named with a given name is no person.
    // A word of a group's name ("the Ana Ruiz brigade") is no person's either.
    if (PlaceAt(i) || TimeAt(i) || ActorAt(i)) return i;
    // A second given name is a name word even when it is a common word too ("Jose Angel Ruiz").
    auto name_word = [&](std::uint32_t k) {
      return k < e && t_.tokens[k].kind == TokenKind::kWord && t_.lower[k].size() > 1 &&
             (!lex_.IsCommonWord(t_.lower[k]) || (k == i + 1 && lex_.IsGivenName(t_.lower[k]))) &&
             !NotAName(t_.lower[k]);
    };
    std::uint32_t j = i + 1;
    while (j < e && j - i < 5) {
      if (name_word(j)) {
        ++j;
        continue;
      }
      const std::string& w = t_.lower[j];
      if ((w == "de" || w == "del" || w == "y") && name_word(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    if (j == i + 1 && lex_.IsCommonWord(first)) return i;
    // "Mayor Ana Ruiz": a common word before a given name, which the project's tables do not
    // hold as a given name, is a title, not the first word of the name.
    if (i + 1 < e && lex_.IsCommonWord(first) && !lex_.IsProjectGivenName(first) &&
        lex_.IsGivenName(t_.lower[i + 1]) && !lex_.IsCommonWord(t_.lower[i + 1])) {
      return i;
    }
    return j;
  }

  // The end of an age in apposition at token k (", 20," or ", 20 years old,"), at its closing
  // comma; k if there is none.
  std::uint32_t AgeAppositionEnd(std::uint32_t k, std::uint32_t e) const {
    if (k + 2 >= e || t_.lower[k] != ",") return k;
    const std::string& age = t_.lower[k + 1];
    if (age.empty() || age.size() > 2 ||
        !std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return k;
    }
    std::uint32_t j = k + 2;
    if (j + 1 < e && t_.lower[j] == "years" && t_.lower[j + 1] == "old") j += 2;
    return j < e && t_.lower[j] == "," ? j : k;
  }

  // The end of the names starting at token i, joined by commas and "and" ("Ana Ruiz, Olga
  // Lis and Petro Kyrylenko"), an age between them allowed ("Ana Ruiz, 20, and Olga Lis"), at
  // most eight; i if no name starts there.
  std::uint32_t NamesEnd(std::uint32_t i, std::uint32_t e) const {
    std::uint32_t end = NameEnd(i, e);
    for (int count = 1; end > i && count < 8; ++count) {
      std::uint32_t k = AgeAppositionEnd(end, e);
      if (k < e && t_.lower[k] == ",") ++k;
      if (k < e && t_.lower[k] == "and") ++k;
      const std::uint32_t next = k == end ? k : NameEnd(k, e);
      if (next == k) break;
      end = next;
    }
    return end;
  }

  // The person a violent act was done to, as the text names them: its object ("kidnapped Ana
  // Ruiz", "the murder of Mayor Ana Ruiz", "the attack against [minister] Ana Ruiz", past the
  // titles, words and bracketed notes that describe them), the subject of its passive ("Ana
  // Ruiz, a teacher, was killed", "Ana Ruiz, who was kidnapped") or the owner of the act's noun
  // ("Ana Ruiz's murder"). Several people named together are kept together ("Ana Ruiz and Olga
  // Lis"). Empty when no name is given.
  std::string VictimName(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    std::uint32_t i = tr.end;
    if (i < e && (t_.lower[i] == "of" || t_.lower[i] == "against" || t_.lower[i] == "on")) ++i;
    for (std::uint32_t words = 0; i < e && words < 7; ++i, ++words) {
      const std::string& w = t_.lower[i];
      if (w == "[" || w == "(") {
        // A bracketed note ("[minister]"): skipped whole.
        const std::string close = w == "[" ? "]" : ")";
        std::uint32_t k = i + 1;
        while (k < e && k < i + 8 && t_.lower[k] != close) ++k;
        if (k >= e || t_.lower[k] != close) break;
        i = k;
        continue;
      }
      // "killed two reporters, Ana Ruiz and Olga Lis": the names in apposition.
      if (w == "," && words > 0) {
        const std::uint32_t end = NamesEnd(i + 1, e);
        if (end > i + 1) return std::string(t_.TokenRange(i + 1, end));
      }
      if (t_.tokens[i].kind == TokenKind::kPunct || (NotAName(w) && w != "of")) break;
      const std::uint32_t end = NamesEnd(i, e);
      if (end > i) return std::string(t_.TokenRange(i, end));
    }
    // "Ana Ruiz's murder": the names end right before the possessive.
    std::uint32_t before = tr.first;
    if (before > b && t_.lower[before - 1] == "'s") {
      // The possessor is the names right before the "'s" ("Tuesday's strike" names none).
      return NamesEndingAt(before - 1, b);
    }
    // "was killed", "had been kidnapped", "were reportedly murdered", "was also shot".
    std::uint32_t k = before;
    while (k > b && k + 3 > before &&
           (t_.lower[k - 1] == "been" || t_.lower[k - 1] == "also" ||
            t_.lower[k - 1].ends_with("ly"))) {
      --k;
    }
    static const std::unordered_set<std::string_view> kAux = {"was", "were", "been", "is", "are"};
    if (k == b || !kAux.count(t_.lower[k - 1])) return "";
    before = k - 1;
    // "Ana Ruiz, who was kidnapped": the relative clause's antecedent.
    if (before >= b + 2 && t_.lower[before - 1] == "who" && t_.lower[before - 2] == ",") {
      before -= 2;
    }
    if (before == b) return "";
    // The last names in the clause before it, an apposition between them allowed.
    std::string found = LastNamesInClause(before, b);
    // "Ana Ruiz, a teacher, was shot", "Ana Ruiz, a teacher, who was shot": the names right
    // before a description set off by commas (at most fifteen tokens long).
    const std::uint32_t close = t_.lower[before] == "," ? before : before - 1;
    if (found.empty() && close > b + 1 && t_.lower[close] == ",") {
      for (std::uint32_t c = close - 1; c > b && close - c < 16; --c) {
        if (t_.lower[c] != ",") continue;
        found = NamesEndingAt(c, b);
        break;
      }
    }
    return found;
  }

  // The last names of the clause of token `before - 1`, ending before `before` and starting at
  // most fifteen tokens before it (not before b); empty if none.
  std::string LastNamesInClause(std::uint32_t before, std::uint32_t b) const {
    std::string found;
    const std::uint32_t clause = a_.clause[before - 1];
    const std::uint32_t from = before > b + 15 ? before - 15 : b;
    for (std::uint32_t k = from; k < before; ++k) {
      if (a_.clause[k] != clause) continue;
      const std::uint32_t end = NamesEnd(k, before);
      if (end > k) {
        found = std::string(t_.TokenRange(k, end));
        k = end - 1;
      }
    }
    return found;
  }

  // The person the sentence says died, disappeared, was killed, wounded, kidnapped or freed by
  // name, when the act's own words name none ("Inspector Ana Ruiz died in the explosion", "Olga
  // Lis was wounded"): the last names of the clause before such a word, a "who" between them
  // allowed. Empty if none.
  std::string CasualtyName(std::uint32_t b, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kSuffered = {
        "died",      "killed",      "murdered",     "wounded",  "injured",
        "kidnapped", "abducted",    "assassinated", "executed", "hurt",
        "shot",      "disappeared", "rescued",      "released", "freed"};
    static const std::unordered_set<std::string_view> kAux = {"was", "were", "been", "is", "are"};
    for (std::uint32_t v = b + 1; v < e; ++v) {
      if (!kSuffered.count(t_.lower[v])) continue;
      std::uint32_t before = v;
      while (before > b && v - before < 3 &&
             (t_.lower[before - 1] == "been" || t_.lower[before - 1] == "later" ||
              t_.lower[before - 1] == "also" || t_.lower[before - 1].ends_with("ly"))) {
        --before;
      }
      if (before > b && kAux.count(t_.lower[before - 1])) {
        --before;
      } else if (t_.lower[v] != "died" && t_.lower[v] != "disappeared") {
        continue;  // an active verb: its subject acted
      }
      bool comma_who = false;
      if (before >= b + 2 && t_.lower[before - 1] == "who" && t_.lower[before - 2] == ",") {
        before -= 2;
        comma_who = true;
      } else if (before > b && t_.lower[before - 1] == "who") {
        --before;
      }
      // The comma before an apposition that ends at `at` (at most 15 tokens long), else at.
      auto apposition_start = [&](std::uint32_t at) {
        for (std::uint32_t c = at - 1; c > b && at - c < 16; --c) {
          if (t_.lower[c] == ",") return c;
        }
        return at;
      };
      // "Ana Ruiz, a judge of the court, was shot": the names before an apposition.
      if (before > b + 2 && t_.lower[before - 1] == ",") before = apposition_start(before - 1);
      // The names must end right before the verb (or its "who"): "Ana Ruiz died".
      if (before == b) continue;
      std::string names = NamesEndingAt(before, b);
      // "Ana Ruiz, a judge of the court, who was shot".
      if (names.empty() && comma_who && before > b + 2) {
        const std::uint32_t c = apposition_start(before);
        if (c < before) names = NamesEndingAt(c, b);
      }
      if (!names.empty()) return names;
    }
    return "";
  }

  // The names that end right before token `at` (starting at most sixteen tokens before it, not
  // before b), empty if none.
  std::string NamesEndingAt(std::uint32_t at, std::uint32_t b) const {
    if (at <= b) return "";
    const std::uint32_t from = at > b + 16 ? at - 16 : b;
    for (std::uint32_t k = from; k < at; ++k) {
      if (NamesEnd(k, at) == at) return std::string(t_.TokenRange(k, at));
    }
    return "";
  }

  // "The victims were identified as Ana Ruiz and Olga Lis": the names after "identified as",
  // after a copula that follows a word for those who suffered it ("the wounded were Ana Ruiz
  // and Olga Lis", "the students who disappeared are Ana Ruiz, ..."), or after "the body of", in
  // a sentence that tells of the act or follows it. Empty if none.
  std::string IdentifiedNames(std::uint32_t b, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kSufferers = {
        "injured", "wounded", "dead",        "killed",    "victims",  "victim",   "hostages",
        "hostage", "missing", "disappeared", "kidnapped", "abducted", "murdered", "casualties"};
    static const std::unordered_set<std::string_view> kCopula = {"were", "are", "was", "is"};
    for (std::uint32_t k = b; k + 2 < e; ++k) {
      const std::string& w = t_.lower[k];
      const bool opens = (w == "identified" && t_.lower[k + 1] == "as") ||
                         (kSufferers.count(w) && kCopula.count(t_.lower[k + 1])) ||
                         ((w == "body" || w == "bodies") && t_.lower[k + 1] == "of");
      if (!opens) continue;
      const std::uint32_t end = NamesEnd(k + 2, e);
      if (end > k + 2) return std::string(t_.TokenRange(k + 2, end));
    }
    return "";
  }

  void Attribute(std::uint32_t b, std::uint32_t e, Frame& f) const {
    auto [lo, hi] = RangeIn(a_.attributions, b, e, CueFirst);
    for (std::size_t n = lo; n < hi; ++n) {
      const AttributionSpan& at = a_.attributions[n];
      if (at.source_first == at.source_end) continue;
      std::string source = StripDeterminer(t_.TokenRange(at.source_first, at.source_end));
      bool side = false;
      if (at.source_actor >= 0) {
        const ActorSpan& s = a_.actors[at.source_actor];
        // An accuser named as a party ("the government blamed the guerrillas for") speaks as
        // one side against the other, whatever state the text gives it.
        side = (!s.country.empty() && s.country != "*") || at.accusation;
      }
      if (side) {
        if (!f.claimed_by) f.claimed_by = source;
      } else if (std::find(f.reported_by.begin(), f.reported_by.end(), source) ==
                 f.reported_by.end()) {
        f.reported_by.push_back(source);
      }
    }
  }

  // The toll span of the sentence when it is one act's toll, not a running total: "the death
  // toll rose to 15", "the toll from Saturday's strike rose to 40", where "the death toll of the
  // war", "since February", "so far", "overall" tell a total. A toll qualified by "from", "of",
  // "in" or "after" is one act's only when an act word or a day follows within a few words.
  const CasualtySpan* ActToll(std::uint32_t b, std::uint32_t e) const {
    if (HasModality(b, e, ModalityClass::kCumulative)) return nullptr;
    auto [mlo, mhi] = ModalitiesIn(b, e);
    for (std::size_t n = mlo; n < mhi; ++n) {
      const ModalitySpan& m = a_.modalities[n];
      if (m.modality != ModalityClass::kAggregate) continue;
      const std::string& last = t_.lower[m.end - 1];
      // The toll word itself and the verbs of its rise ("has risen to") are no other total.
      if (!(last == "toll" && m.end - m.first <= 2) && last != "to") return nullptr;
    }
    const CasualtySpan* toll = nullptr;
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    for (std::size_t n = lo; n < hi && !toll; ++n) {
      if (a_.casualties[n].toll) toll = &a_.casualties[n];
    }
    if (!toll) return nullptr;
    std::uint32_t word = toll->first;
    while (word < toll->end && t_.lower[word] != "toll") ++word;
    const std::uint32_t q = word + 1;
    if (q >= e) return toll;
    const std::string& w = t_.lower[q];
    if (w != "from" && w != "of" && w != "in" && w != "after") return toll;
    if (q + 1 < e && t_.tokens[q + 1].kind == text::TokenKind::kNumber) return toll;  // "of 15"
    constexpr std::uint32_t kQualifierReach = 5;
    const std::uint32_t stop = std::min(e, q + 1 + kQualifierReach);
    auto [tlo, thi] = SpansIn(a_.triggers, q + 1, stop);
    if (tlo < thi) return toll;
    for (const time::TimeExpression& x : times_) {
      if (x.first_token > q && x.first_token < stop) return toll;
    }
    return nullptr;
  }

  void Casualties(std::uint32_t b, std::uint32_t e, Frame& f) const {
    const CasualtySpan* toll = nullptr;
    if (HasModality(b, e, ModalityClass::kAggregate)) {
      toll = ActToll(b, e);
      if (!toll) return;  // a running total, not this act
    }
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const CasualtySpan& c = a_.casualties[n];
      if (c.what == QuantityKind::kKilled && !f.fatalities) f.fatalities = c.count;
      if (c.what == QuantityKind::kInjured && !f.injuries) f.injuries = c.count;
    }
    // ACLED codes the latest toll of one act: a toll told higher than the first figure.
    if (toll && (!f.fatalities || *f.fatalities < toll->count)) f.fatalities = toll->count;
    CasualtyVictims(b, e, f);
  }

  // "Two civilians were killed", "killing three residents": civilians counted among the dead or
  // wounded are the act's victims (actor2), wherever the sentence names them.
  void CasualtyVictims(std::uint32_t b, std::uint32_t e, Frame& f) const {
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    auto [alo, ahi] = SpansIn(a_.actors, b, e);
    // "Two soldiers were killed": the toll is of fighters, not of civilians.
    for (std::size_t n = lo; n < hi; ++n) {
      const CasualtySpan& c = a_.casualties[n];
      if (c.count <= 0 || c.what == QuantityKind::kMissing) continue;
      for (std::size_t k = alo; k < ahi; ++k) {
        const ActorSpan& s = a_.actors[k];
        if (s.end <= c.first || s.first > c.end + 1 || s.unit.empty()) continue;
        if (s.unit != "civilians" && s.unit != "protesters" && s.unit != "rioters") {
          f.armed_casualties = true;
        }
      }
    }
    if (f.actor2.present()) return;
    for (std::size_t n = lo; n < hi; ++n) {
      const CasualtySpan& c = a_.casualties[n];
      if (c.count <= 0 || c.what == QuantityKind::kMissing) continue;
      for (std::size_t k = alo; k < ahi; ++k) {
        const ActorSpan& s = a_.actors[k];
        if (s.unit != "civilians" || s.end <= c.first || s.first > c.end + 1) continue;
        if (f.actor1.present() && f.actor1.unit == "civilians") continue;
        f.actor2 = ToFrameActor(s);
        return;
      }
    }
  }

  // The named group that claims responsibility or credit for an act in the sentence ("the X front
  // claimed responsibility", "guerrillas of the X movement have claimed credit"), nullptr if
  // none, or if the claim is denied or negated ("nobody claimed responsibility").
  const ActorSpan* ResponsibilityClaimant(std::uint32_t b, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kClaimVerbs = {
        "claimed", "claims", "claim", "claiming", "assumed", "assumes", "accepted", "took"};
    std::uint32_t verb = e;
    for (std::uint32_t k = b; k < e && verb == e; ++k) {
      if (t_.lower[k] != "responsibility" && t_.lower[k] != "credit") continue;
      for (std::uint32_t back = 1; back <= 3 && k >= b + back; ++back) {
        if (kClaimVerbs.count(t_.lower[k - back])) {
          verb = k - back;
          break;
        }
      }
    }
    if (verb == e) return nullptr;
    for (std::uint32_t k = b; k < verb; ++k) {
      if (t_.lower[k] == "nobody" || t_.lower[k] == "none") return nullptr;
    }
    auto [mlo, mhi] = ModalitiesIn(b, verb);
    for (std::size_t n = mlo; n < mhi; ++n) {
      const ModalityClass m = a_.modalities[n].modality;
      if (m == ModalityClass::kNegation || m == ModalityClass::kDenial ||
          m == ModalityClass::kQuestion || m == ModalityClass::kHypothetical) {
        return nullptr;
      }
    }
    auto [lo, hi] = SpansIn(a_.actors, b, verb);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (x.end > verb || x.bare_demonym || x.unit.empty()) continue;
      if (!x.country.empty() && x.country != "*") return &x;
    }
    return nullptr;
  }

  // The named group a sentence blames for an act ("police blamed the X front for the attack",
  // "attributed the bombing to the X front", "held the X front responsible"), nullptr if none,
  // or if the blame is denied, negated, asked or supposed.
  const ActorSpan* BlamedGroup(std::uint32_t b, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kBlameVerbs = {
        "blamed",    "blames",      "blame", "blaming", "attributed", "attributes",
        "attribute", "attributing", "held",  "holds",   "hold",       "holding"};
    for (std::uint32_t verb = b; verb < e; ++verb) {
      const std::string& w = t_.lower[verb];
      if (!kBlameVerbs.count(w)) continue;
      const bool holds = w.starts_with("hold") || w == "held";
      const bool attributes = w.starts_with("attribut");
      // The group named after the verb: its object ("blamed X", "held X responsible"), or after
      // "to" ("attributed the attack to X").
      std::uint32_t from = verb + 1;
      std::uint32_t to = std::min(e, verb + 12);
      if (attributes) {
        while (from < to && t_.lower[from] != "to") ++from;
        if (from == to) continue;
        ++from;
      }
      if (holds) {
        std::uint32_t k = from;
        while (k < to && t_.lower[k] != "responsible") ++k;
        if (k == to) continue;
        to = k;
      }
      auto [mlo, mhi] = ModalitiesIn(b, from);
      bool doubted = false;
      for (std::size_t n = mlo; n < mhi; ++n) {
        const ModalityClass m = a_.modalities[n].modality;
        doubted = doubted || m == ModalityClass::kNegation || m == ModalityClass::kDenial ||
                  m == ModalityClass::kQuestion || m == ModalityClass::kHypothetical;
      }
      if (doubted) return nullptr;
      auto [lo, hi] = SpansIn(a_.actors, from, to);
      for (std::size_t n = lo; n < hi; ++n) {
        const ActorSpan& x = a_.actors[n];
        if (x.end > to || x.bare_demonym || x.unit.empty()) continue;
        if (!x.country.empty() && x.country != "*") return &x;
        break;  // the first party named is the one blamed
      }
    }
    return nullptr;
  }

  // A party that can commit an act: a state's or group's force, or armed men of no stated
  // allegiance ("gunmen", "guerrillas"); not civilians, protesters or a bare "people".
  static bool IsSide(const ActorSpan& x) {
    if (x.country.empty()) return false;
    if (x.country != "*") return true;
    return x.unit == "unidentified" || x.unit == "rebel" || x.unit == "rioters";
  }

  // Whether [b, e) names an armed side other than by a word for people of no side ("a man",
  // "two individuals": data/actors.tsv author).
  bool ArmedSideNamed(std::uint32_t b, std::uint32_t e) const {
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (!IsSide(x) || x.unit == "rioters") continue;
      bool author = false;  // the span may open with its count or article ("a man")
      for (std::uint32_t k = x.first; k < x.end && !author; ++k) {
        const auto m = lex_.actors.LongestAt(t_.lower, k, x.end);
        author = m.entry && m.entry->author && k + m.length == x.end;
      }
      if (!author) return true;
    }
    return false;
  }

  // A side named in the sentence with a force or group word ("Russian troops", "separatists"),
  // or a demonym right before an act ("the Russian shelling"); a bare state name is not enough.
  bool NamedSide(std::uint32_t b, std::uint32_t e) const {
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    const auto sources = SourceActors(b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (sources.count(static_cast<int>(n)) || !IsSide(x)) continue;
      if (x.bare_demonym) {
        auto [tlo, thi] = SpansIn(a_.triggers, x.end, std::min(e, x.end + 3));
        if (tlo < thi) return true;
        continue;
      }
      if (!x.unit.empty()) return true;
    }
    return false;
  }

  // A protest or riot word in the clause of sentence [b, e) numbered `clause` ("protesters"
  // is one).
  bool ProtestInClause(std::uint32_t b, std::uint32_t e, std::uint32_t clause) const {
    auto [lo, hi] = SpansIn(a_.triggers, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const TriggerClass c = a_.triggers[n].entry->trigger_class;
      if ((c == TriggerClass::kProtest || c == TriggerClass::kRiot) &&
          a_.clause[a_.triggers[n].first] == clause) {
        return true;
      }
    }
    return false;
  }

  // An arrest in the clause of a protest, or of protesters named in its clause.
  bool ProtestersHeld(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    const std::uint32_t clause = a_.clause[tr.first];
    if (ProtestInClause(b, e, clause)) return true;
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (x.unit == "protesters" && a_.clause[x.first] == clause) return true;
    }
    return false;
  }

  // Whether a sentence of the paragraph holds a trigger of one of `classes` or an actor of one
  // of `units`.
  bool ParagraphTells(std::uint32_t paragraph, std::initializer_list<TriggerClass> classes,
                      std::initializer_list<std::string_view> units) const {
    for (const text::Sentence& x : t_.sentences) {
      if (x.paragraph != paragraph) continue;
      auto [lo, hi] = SpansIn(a_.triggers, x.first_token, x.end_token);
      for (std::size_t n = lo; n < hi; ++n) {
        const TriggerClass c = a_.triggers[n].entry->trigger_class;
        if (std::find(classes.begin(), classes.end(), c) != classes.end()) return true;
      }
      auto [alo, ahi] = SpansIn(a_.actors, x.first_token, x.end_token);
      for (std::size_t n = alo; n < ahi; ++n) {
        if (std::find(units.begin(), units.end(), a_.actors[n].unit) != units.end()) return true;
      }
    }
    return false;
  }

  // Whether the paragraph tells of a protest or a riot.
  bool ProtestInParagraph(std::uint32_t paragraph) const {
    return ParagraphTells(paragraph, {TriggerClass::kProtest, TriggerClass::kRiot},
                          {"protesters", "rioters"});
  }

  // Whether the paragraph tells of a protest: a word of protest or protesters, not of a riot.
  bool DemonstrationInParagraph(std::uint32_t paragraph) const {
    return ParagraphTells(paragraph, {TriggerClass::kProtest, TriggerClass::kGathering},
                          {"protesters"});
  }

  // A verb in the passive: an auxiliary of "be" right before it, or one word before it
  // ("were killed", "was reportedly hit").
  bool Passive(const TriggerSpan& tr) const {
    for (std::uint32_t back = 1; back <= 2 && tr.first >= back; ++back) {
      const std::string& w = t_.lower[tr.first - back];
      if (w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" ||
          w == "be") {
        return true;
      }
      if (t_.tokens[tr.first - back].kind != TokenKind::kWord) break;
    }
    return false;
  }

  // "Ukraine said it struck ...", "the army said they killed ...": the pronoun subject of an
  // act verb in the active (an auxiliary or an adverb between allowed) stands for the side that
  // speaks in the sentence, named before it: that side's actor index, else -1.
  int SpeakerSubject(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kBetween = {
        "had", "has", "have", "also", "successfully", "then", "already", "just"};
    if (Passive(tr)) return -1;
    std::uint32_t k = tr.first;
    while (k > b && tr.first - k < 3 && kBetween.count(t_.lower[k - 1])) --k;
    if (k == b) return -1;
    const std::string& pronoun = t_.lower[k - 1];
    if (pronoun != "it" && pronoun != "they" && pronoun != "we") return -1;
    const auto accusers = Accusers(b, e);
    for (int n : SourceActors(b, e)) {
      const ActorSpan& s = a_.actors[n];
      if (accusers.count(n) || s.end > k - 1) continue;
      if ((!s.country.empty() && s.country != "*") || ForceWord(s)) return n;
    }
    return -1;
  }

  bool SideActs(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    if (SpeakerSubject(tr, b, e) >= 0) return true;
    auto [lo, hi] = SpansIn(a_.actors, b, e);
    const auto sources = SourceActors(b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (sources.count(static_cast<int>(n))) continue;
      // A force word of no state ("troops killed ...") acts as the subject of an act verb.
      const bool force_word = ForceWord(x) && tr.entry->weapon.empty() && x.end <= tr.first;
      if (!IsSide(x) && !force_word && SpeakerOwning(x, b, sources).empty()) continue;
      // A bare demonym acts only right before the act ("the Russian shelling").
      if (x.bare_demonym && (x.end > tr.first || tr.first - x.end > 2)) continue;
      // The subject of a passive suffered the act ("28 soldiers were killed"): without an agent
      // that is a toll, not a side acting.
      const bool subject =
          x.end <= tr.first && a_.clause[x.first] == a_.clause[tr.first] && !Passive(tr);
      const bool agent = x.first >= tr.end && AgentOfPassive(x.first, tr.end);
      if (subject || agent) return true;
    }
    return false;
  }

  // "a missile hit the school", "a bomb exploded": a weapon word and an impact word in one clause
  // are an act even when no side is named.
  bool WeaponHits(const TriggerSpan& tr, const std::vector<const TriggerSpan*>& weak) const {
    bool weapon = false;
    bool impact = false;
    for (const TriggerSpan* x : weak) {
      if (a_.clause[x->first] != a_.clause[tr.first]) continue;
      if (!x->entry->weapon.empty()) weapon = true;
      if (x->entry->weapon.empty()) impact = true;
    }
    return weapon && impact && !tr.entry->weapon.empty();
  }

  // Debris of a downed missile or drone that killed or hurt people: the strike got through in
  // effect, and ACLED codes the strike (by the side whose weapon fell), not its interception.
  void StrikeGotThrough(Frame& f) const {
    // A crewed aircraft shot down is already fire at it (RefineSubEvent); its toll is its crew.
    if (f.trigger_class != TriggerClass::kIntercept || f.sub_event_type != "Disrupted weapons use" ||
        (f.fatalities.value_or(0) <= 0 && f.injuries.value_or(0) <= 0)) {
      return;
    }
    f.trigger_class = TriggerClass::kStrong;
    f.sub_event_type = WeaponWord(f.trigger_first).find("drone") != std::string::npos
                           ? "Air/drone strike"
                           : "Shelling/artillery/missile attack";
    // The striker is the foreign side the sentence names ("a Russian missile"); the
    // interceptor is no party to the strike, and the people hurt are its victims.
    const std::string home = f.place ? f.place->country_code : "";
    const text::Sentence& s = t_.sentences[t_.tokens[f.trigger_first].sentence];
    FrameActor striker;
    auto [alo, ahi] = SpansIn(a_.actors, s.first_token, s.end_token);
    for (std::size_t n = alo; n < ahi && !striker.present(); ++n) {
      const ActorSpan& x = a_.actors[n];
      if (!x.country.empty() && x.country != "*" && x.country != home) striker = ToFrameActor(x);
    }
    if (f.actor1.present() && f.actor1.country == home) f.actor1 = FrameActor{};
    if (striker.present()) {
      f.actor1 = striker;
      if (f.actor2.country == striker.country) f.actor2 = FrameActor{};
    }
  }

  // What the parties and weapons of the act say about its kind, beyond its trigger word:
  // - a crewed aircraft shot down fell to ground fire (ACLED: shelling), unlike a drone or a
  //   missile intercepted;
  // - an air force that fires or hits carries out an air strike;
  // - fire with no heavy weapon at civilians is an attack on them;
  // - fire at an armed party with no artillery, rocket or other heavy weapon named anywhere in
  //   the sentence is an exchange of fire (armed clash), not shelling.
  // Whether the act at tr goes on, in the same sentence and joined by "and", to a killing told
  // by a verb that is also a word of the dead ("killed", "killing": quantities.tsv) or by a
  // strong word of attack ("executed"); a noun after an article ("the killing of") is none.
  bool KillAfter(const TriggerSpan& tr, std::uint32_t e) const {
    auto [lo, hi] = SpansIn(a_.triggers, tr.end, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const TriggerSpan& x = a_.triggers[n];
      if (!x.entry || x.entry->sub_event_type != "Attack") continue;
      const std::string& before = t_.lower[x.first - 1];
      if (IsDeterminer(before) || IsPossessivePronoun(before)) continue;
      bool joined = false;
      for (std::uint32_t k = tr.end; k < x.first && !joined; ++k) joined = t_.lower[k] == "and";
      if (!joined) continue;
      const auto q = lex_.quantities.LongestAt(t_.lower, x.first, x.end);
      if ((q.entry && q.entry->kind == QuantityKind::kKilled) ||
          x.entry->trigger_class == TriggerClass::kStrong) {
        return true;
      }
    }
    return false;
  }

  // The number right after the act's word, counting whom it took ("abducted two officials").
  std::optional<long long> CountAfter(std::uint32_t first, std::uint32_t e) const {
    for (std::uint32_t k = first; k < e && k < first + 3; ++k) {
      const auto q = lex_.quantities.LongestAt(t_.lower, k, e);
      if (q.entry && q.entry->kind == QuantityKind::kNumber && q.length == 1) {
        return q.entry->value;
      }
      const std::string& w = t_.lower[k];
      if (!w.empty() && w.size() <= 6 && w.find_first_not_of("0123456789") == std::string::npos) {
        return std::stoll(w);
      }
    }
    return std::nullopt;
  }

  // Whether the fight word at tr has as its object a strike told by its weapon: a weapon word of
  // missiles, drones, rockets or aircraft right before "attack", "strike" or "raid", a few words
  // on in its clause ("repelled a massive missile attack", "fought off an air raid").
  bool StrikeBeatenOff(const TriggerSpan& tr, std::uint32_t e) const {
    static const std::unordered_set<std::string_view> kStrikeNouns = {
        "attack", "attacks", "strike", "strikes", "raid", "raids", "assault"};
    auto [lo, hi] = SpansIn(a_.triggers, tr.end, std::min(e, tr.end + 5));
    for (std::size_t n = lo; n < hi; ++n) {
      const TriggerSpan& x = a_.triggers[n];
      if (a_.clause[x.first] != a_.clause[tr.first] || !x.entry) continue;
      const std::string& w = x.entry->weapon;
      if (w != "missile" && w != "drone" && w != "rocket" && w != "aircraft") continue;
      const std::uint32_t last = x.end - 1;
      if (kStrikeNouns.count(t_.lower[last]) ||
          (x.end < e && kStrikeNouns.count(t_.lower[x.end]))) {
        return true;
      }
    }
    return false;
  }

  void RefineSubEvent(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e, Frame& f) const {
    static const std::string kShelling = "Shelling/artillery/missile attack";
    if (f.trigger_class == TriggerClass::kIntercept) {
      // The downed craft: an air-force word after the verb in its clause ("shot down two
      // helicopters", "downed a Russian aircraft").
      auto [alo, ahi] = SpansIn(a_.actors, tr.end, e);
      for (std::size_t n = alo; n < ahi; ++n) {
        const ActorSpan& x = a_.actors[n];
        if (a_.clause[x.first] != a_.clause[tr.first]) break;
        if (x.unit == "air_force") {
          f.sub_event_type = kShelling;
          break;
        }
      }
      // A drone downed is its side's air arm's, as a crewed aircraft is: the side named right
      // before it ("shot down a Russian drone", "two Russian spy drones were downed").
      auto [slo, shi] = SpansIn(a_.actors, b, e);
      for (std::size_t n = slo; n < shi && f.actor2.unit == "military"; ++n) {
        const ActorSpan& x = a_.actors[n];
        if (a_.clause[x.first] != a_.clause[tr.first] || !x.bare_demonym ||
            x.country != f.actor2.country) {
          continue;
        }
        auto [tlo, thi] = SpansIn(a_.triggers, x.end, std::min(e, x.end + 2));
        for (std::size_t k = tlo; k < thi; ++k) {
          if (a_.triggers[k].entry && a_.triggers[k].entry->weapon == "drone") {
            f.actor2.unit = "air_force";
            break;
          }
        }
      }
      return;
    }
    // "protesters clashed with police": a fight a side of protesters or rioters takes part in is
    // a violent demonstration (codebook: demonstrators engage in violence), told from them.
    auto crowd = [](const FrameActor& a) { return a.unit == "protesters" || a.unit == "rioters"; };
    if (f.trigger_class == TriggerClass::kFight && (crowd(f.actor1) || crowd(f.actor2))) {
      if (!crowd(f.actor1)) std::swap(f.actor1, f.actor2);
      f.trigger_class = TriggerClass::kRiot;
      f.sub_event_type = "Violent demonstration";
      return;
    }
    // "protesters torched cars": protesters who destroy property engage in violence (codebook:
    // a violent demonstration).
    if (f.actor1.unit == "protesters" && f.sub_event_type == "Looting/property destruction") {
      f.trigger_class = TriggerClass::kRiot;
      f.sub_event_type = "Violent demonstration";
      return;
    }
    // "residents threw Molotov cocktails at a tank": a crowd's violence where its paragraph tells
    // of no protest is mob violence (codebook), not a violent demonstration.
    if (f.trigger_class == TriggerClass::kRiot && f.sub_event_type == "Violent demonstration" &&
        !DemonstrationInParagraph(f.paragraph)) {
      f.sub_event_type = "Mob violence";
      return;
    }
    // "a mob attacked a shop": violence by rioters, no demonstration told, is mob violence.
    if (f.actor1.unit == "rioters" && f.trigger_class != TriggerClass::kRiot &&
        IsViolentSubEvent(lex_, f.sub_event_type)) {
      f.trigger_class = TriggerClass::kRiot;
      f.sub_event_type = "Mob violence";
      return;
    }
    // "air defences repelled a missile attack": a strike by missiles, drones, rockets or aircraft
    // that a fight word beat off is an interception (codebook: Disrupted weapons use), not a
    // battle.
    if (f.trigger_class == TriggerClass::kFight && StrikeBeatenOff(tr, e)) {
      f.trigger_class = TriggerClass::kIntercept;
      f.sub_event_type = "Disrupted weapons use";
      return;
    }
    // "troops killed 25 militants", "gunmen killed two policemen", "Ukrainian troops killed 30
    // Russian soldiers": a killing told by a weak word of an armed side's men by another armed
    // side is a fight (codebook: violence against civilians is against civilians only), not an
    // attack; a strong word ("executed") keeps its attack: prisoners killed are.
    // One side: one country's forces of one kind (a state's, or one group's); "Nigerian troops"
    // and Boko Haram are two sides of one country.
    auto inter = [&](const FrameActor& a) {
      const AcledActor* x = lex_.FindActor(a.country, a.unit, f.date);
      return x ? x->inter_home : 0;
    };
    const bool same_side = !f.actor1.country.empty() && f.actor1.country == f.actor2.country &&
                           inter(f.actor1) == inter(f.actor2);
    if (f.sub_event_type == "Attack" && f.trigger_class == TriggerClass::kWeak &&
        f.actor1.armed() && f.actor2.armed() && !f.actor2.state && !f.actor2.people &&
        f.actor2.unit != "air_force" && !same_side) {
      f.trigger_class = TriggerClass::kFight;
      f.sub_event_type = "Armed clash";
      return;
    }
    // Abduct-then-kill is an attack (codebook): an abduction whose sentence goes on to a killing
    // ("kidnapped and killed a mayor", "abducted a priest ... and later killed him").
    if (f.sub_event_type == "Abduction/forced disappearance" && KillAfter(tr, e)) {
      f.sub_event_type = "Attack";
      if (!f.fatalities) f.fatalities = CountAfter(tr.end, e).value_or(1);
      return;
    }
    // Only verbs of firing say how the act was done; "destroyed a column", "attacked" do not.
    const std::string& verb = t_.lower[tr.first];
    const bool firing = verb.starts_with("fire") || verb.starts_with("firing") || verb == "opened";
    // Force used on protesters is the force a protest met: fire at them, or a toll among them,
    // is excessive force (codebook: lethal force or serious injury); other force, such as
    // beating them, an intervention.
    // Activists taken or hurt where their clause tells of no protest ("kidnapped four activists
    // in X") are civilians harmed, not a protest met by force.
    if (f.actor2.unit == "protesters" && f.actor1.armed() && f.actor1.unit != "protesters" &&
        f.actor1.unit != "rioters" && IsViolentSubEvent(lex_, f.sub_event_type) &&
        f.trigger_class != TriggerClass::kRiot && ProtestInClause(b, e, a_.clause[tr.first])) {
      const bool lethal = firing || verb == "shot" || f.weapon == "small arms" ||
                          (f.fatalities && *f.fatalities > 0);
      f.sub_event_type =
          lethal ? "Excessive force against protesters" : "Protest with intervention";
      f.trigger_class = TriggerClass::kProtestForce;
      return;
    }
    auto [lo, hi] = SpansIn(a_.triggers, b, e);
    // Whether a word of the sentence names a weapon.
    auto weapon_named = [&] {
      for (std::size_t n = lo; n < hi; ++n) {
        if (!a_.triggers[n].entry->weapon.empty()) return true;
      }
      return false;
    };
    auto heavy_weapon = [&] {
      for (std::size_t n = lo; n < hi; ++n) {
        const TriggerEntry& x = *a_.triggers[n].entry;
        if (!x.weapon.empty() && x.sub_event_type == kShelling) return true;
      }
      return false;
    };
    // "opened fire with artillery on ...": fire with a heavy weapon is shelling.
    if (f.sub_event_type == "Armed clash" && f.trigger_class == TriggerClass::kWeak && firing &&
        heavy_weapon()) {
      f.sub_event_type = kShelling;
      return;
    }
    // "bursts of fire involving heavy machine guns", "explosions and shots": fire of no stated
    // kind is an exchange of small-arms fire only where small arms are named; beside a heavier
    // weapon or explosions it is that weapon's fire. Fire both ways stays a fight.
    if (f.trigger_class == TriggerClass::kFight && tr.entry->weapon == "small arms" &&
        t_.lower[tr.first] != "small") {
      bool heavier = false;
      for (std::size_t n = lo; n < hi; ++n) {
        const TriggerSpan& x = a_.triggers[n];
        const TriggerEntry& entry = *x.entry;
        if (&x == &tr) continue;
        if (entry.trigger_class == TriggerClass::kFight &&
            (entry.weapon != "small arms" || t_.lower[x.first] == "small")) {
          return;  // small arms named, or a fight of its own
        }
        if (entry.trigger_class == TriggerClass::kStrong && entry.sub_event_type == kShelling) {
          heavier = true;
        }
      }
      if (heavier) {
        f.sub_event_type = kShelling;
        f.weapon.clear();
      }
      return;
    }
    if (f.sub_event_type != kShelling) return;
    if (f.actor1.unit == "air_force") {
      f.sub_event_type = "Air/drone strike";
      return;
    }
    // "rebels attacked an army patrol", "an attack on a garrison": an armed side's attack on a
    // force's men or installations, with no weapon named in its sentence, is an assault on the
    // ground (codebook: armed clash), not fire from afar. Fire at a side's positions stays
    // fire.
    if (verb.starts_with("attack") && f.trigger_class == TriggerClass::kWeak &&
        tr.entry->weapon.empty() && f.weapon_text.empty() && !f.anaphoric && f.actor1.armed() &&
        (f.military_target || ((f.actor2.unit == "military" || lex_.IsHomeUnit(f.actor2.unit) ||
                                f.actor2.unit == "rebel" || f.actor2.unit == "unidentified") &&
                               !f.actor2.text.empty())) &&
        !EndsWithPositions(f.actor2.text) && !EndsWithPositions(f.target)) {
      if (!weapon_named() && WeaponWord(tr.first).empty()) {
        f.sub_event_type = "Armed clash";
        return;
      }
    }
    // "gunmen attacked a village, killing 15 villagers", "gunmen attacked villagers": an attack
    // on people named as civilians, with no weapon named in its sentence and no force's thing as
    // its target, is violence against them (codebook: attack), not fire from afar. The verb
    // only: "their constant attacks on the people" tells no act.
    if ((verb == "attacked" || verb == "attacking") && f.trigger_class == TriggerClass::kWeak &&
        tr.entry->weapon.empty() && f.weapon_text.empty() && !f.anaphoric &&
        f.actor2.unit == "civilians" && !f.actor1.state &&
        (f.actor1.armed() || !f.actor1.present()) && !f.military_target && !TargetNamesForce(f) &&
        WeaponWord(tr.first).empty()) {
      if (!weapon_named()) {
        f.sub_event_type = "Attack";
        return;
      }
    }
    if (!firing || !tr.entry->weapon.empty() || !f.weapon_text.empty()) return;
    // Fire with no heavy weapon at civilians ("fired at a car with civilians") is an attack on
    // them.
    if (f.actor2.unit == "civilians" && f.actor1.armed() && !heavy_weapon()) {
      f.sub_event_type = "Attack";
      return;
    }
    if (!f.actor2.armed() || f.actor2.country.empty()) return;
    // Fire at a side's positions is fire from afar at where it stands, not an exchange; fire at
    // its aircraft is ground-to-air fire, like a crewed aircraft shot down.
    if (f.actor2.text.ends_with("positions") || f.actor2.unit == "air_force") return;
    if (weapon_named()) return;
    f.sub_event_type = "Armed clash";
  }

  // A territory verb with a direct object that is neither a place nor an armed party took
  // something else: "seized a weapons lab", "captured the rebel commander" are no change of
  // control. A place in the object ("captured the village of X"), no object ("X was captured by",
  // "took control of X") or a side after a preposition ("fell to Russian forces") keep it; men of
  // a side taken ("captured three rebels") do not.
  bool TakesOtherThanPlace(const TriggerSpan& tr, std::uint32_t e) const {
    std::uint32_t j = tr.end;
    // The passive ("equipment captured by ...", "Kherson was seized by ..."): its subject is what
    // was taken.
    if (j < e && t_.lower[j] == "by") {
      std::uint32_t k = tr.first;
      while (k > 0 &&
             (t_.lower[k - 1] == "was" || t_.lower[k - 1] == "were" || t_.lower[k - 1] == "been" ||
              t_.lower[k - 1] == "being" || t_.lower[k - 1] == "is" || t_.lower[k - 1] == "are")) {
        --k;
      }
      if (k == 0 || t_.tokens[k - 1].sentence != t_.tokens[tr.first].sentence) return false;
      auto [plo, phi] = RangeIn(places_, k > 8 ? k - 8 : 0, k, PlaceFirst);
      for (std::size_t n = plo; n < phi; ++n) {
        if (places_[n].end_token == k) return false;
      }
      return true;
    }
    if (j >= e || t_.tokens[j].kind == TokenKind::kPunct) return false;
    if (t_.tokens[j].kind == TokenKind::kWord && EndsNounPhrase(t_.lower[j])) return false;
    std::uint32_t k = j;
    while (k < e && k - j < 7 && t_.tokens[k].kind != TokenKind::kPunct &&
           (k == j || t_.lower[k] == "of" || !EndsNounPhrase(t_.lower[k]))) {
      ++k;
    }
    auto [plo, phi] = RangeIn(places_, j, k, PlaceFirst);
    if (plo < phi) return false;
    auto [alo, ahi] = SpansIn(a_.actors, j, k);
    for (std::size_t n = alo; n < ahi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (!IsSide(x) || x.unit.empty()) continue;
      // Men of a side as the direct object ("captured three rebels") were taken, not ground;
      // their positions were ground.
      bool governed = false;
      for (std::uint32_t m = j - 1; m < x.first; ++m) {  // the act's last word: "fell to"
        governed = governed || t_.lower[m] == "to" || t_.lower[m] == "by";
      }
      const std::string& last = t_.lower[x.end - 1];
      const bool men = x.end >= e || t_.tokens[x.end].kind != TokenKind::kWord ||
                       EndsNounPhrase(t_.lower[x.end]);  // not "Ukrainian military ships"
      return !governed && men && last != "positions" && last != "position";
    }
    return true;
  }

  // A civilian as the direct object of a taking verb ("captured a journalist and her driver").
  bool TakesCivilian(const TriggerSpan& tr, std::uint32_t e) const {
    auto [lo, hi] = SpansIn(a_.actors, tr.end, std::min(e, tr.end + 5));
    for (std::size_t n = lo; n < hi; ++n) {
      const ActorSpan& x = a_.actors[n];
      if (a_.clause[x.first] != a_.clause[tr.first]) break;
      if (x.bare_demonym) continue;  // "a Ukrainian journalist"
      bool direct = true;            // no preposition or verb between the act and the person
      for (std::uint32_t k = tr.end; k < x.first; ++k) {
        if (t_.tokens[k].kind != TokenKind::kWord || EndsNounPhrase(t_.lower[k])) direct = false;
      }
      return direct && x.unit == "civilians";
    }
    return false;
  }

  // A place named in the clause of the act ("took control of X", "X fell to ..."): control of
  // ground changes hands only at a place the text names there.
  bool PlaceInClause(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    auto [plo, phi] = RangeIn(places_, b, e, PlaceFirst);
    for (std::size_t n = plo; n < phi; ++n) {
      if (!places_[n].place.is_country() &&
          a_.clause[places_[n].first_token] == a_.clause[tr.first]) {
        return true;
      }
    }
    return false;
  }

  // The weapon as the text names it: the trigger's words without the act words around them
  // ("artillery fire" -> "artillery", "threw a grenade" -> "grenade"); verbs ("shelled") name
  // none. Else a weapon word of the same clause ("struck the depot with Grad rockets").
  // Words of an act around its weapon word ("carried out a missile strike", "went off").
  static const std::unordered_set<std::string_view>& ActWords() {
    static const std::unordered_set<std::string_view> kActWords = {
        "strike", "strikes", "attack", "attacks", "fire",   "exploded", "went",
        "off",    "dropped", "threw",  "planted", "placed", "stepped",  "on",
        "a",      "an",      "the",    "blast",   "blasts", "blew",     "blown",
        "up",     "shot",    "to",     "death",   "dead",   "down",     "and"};
    return kActWords;
  }

  std::string WeaponText(const TriggerSpan& tr, const std::vector<const TriggerSpan*>& weak) const {
    const auto& kActWords = ActWords();
    auto words = [&](const TriggerSpan& x) -> std::string {
      if (x.entry->weapon.empty()) return "";
      std::uint32_t i = x.first;
      std::uint32_t j = x.end;
      while (i < j && kActWords.count(t_.lower[i])) ++i;
      while (j > i && kActWords.count(t_.lower[j - 1])) --j;
      if (i == j) return "";
      const std::string& last = t_.lower[j - 1];
      // "shelled", "shooting", "bombings": the act, not its means.
      if (last.ends_with("ed") || last.ends_with("ing") || last.ends_with("ings")) return "";
      // Its modifiers: "cluster bombs", "high-power bombs" (not a count, an article or a side).
      if (i == x.first) i = WeaponModifiers(i);
      return std::string(t_.TokenRange(i, j));
    };
    std::string own = words(tr);
    if (!own.empty()) return own;
    for (const TriggerSpan* x : weak) {
      if (x == &tr || a_.clause[x->first] != a_.clause[tr.first]) continue;
      std::string w = words(*x);
      if (!w.empty()) return w;
    }
    return "";
  }

  // A weapon word of the clause of the act's word at `trigger` ("shot him with a rifle"), else
  // of its sentence: the weapon when no word of an act names one (WeaponText).
  std::string WeaponWord(std::uint32_t trigger) const {
    const text::Sentence& s = t_.sentences[t_.tokens[trigger].sentence];
    for (bool same_clause : {true, false}) {
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
        if (same_clause && a_.clause[i] != a_.clause[trigger]) continue;
        const auto m = lex_.weapons.LongestAt(t_.lower, i, s.end_token);
        if (!m.entry) continue;
        return std::string(t_.TokenRange(WeaponModifiers(i), i + m.length));
      }
    }
    return "";
  }

  // Words before a weapon word that do not say what kind it is: an order or a count ("second",
  // "another"), a pronoun, a modal or a particle ("will bomb", "blew out bombs").
  static bool NotAModifier(std::string_view w) {
    static const std::unordered_set<std::string_view> kWords = {
        "another", "other", "first",        "second", "third", "fourth", "fifth",   "last",
        "same",    "next",  "simultaneous", "i",      "you",   "he",     "she",     "it",
        "we",      "they",  "will",         "would",  "can",   "could",  "may",     "might",
        "must",    "shall", "should",       "out",    "from",  "fired",  "deliver", "its",
        "their",   "his",   "her",          "our"};
    return kWords.count(w) > 0;
  }

  // The start of the words before a weapon word at `first` that modify it ("cluster bombs",
  // "high-power bombs"; at most two, not a count, an article, a side, an act word or a verb form).
  std::uint32_t WeaponModifiers(std::uint32_t first) const {
    std::uint32_t i = first;
    while (i > 0 && first - i < 2 && t_.tokens[i - 1].kind == TokenKind::kWord &&
           t_.tokens[i - 1].sentence == t_.tokens[first].sentence) {
      const std::string& w = t_.lower[i - 1];
      if (IsDeterminer(w) || EndsNounPhrase(w) || IsQuantityWord(i - 1, first) ||
          ActWords().count(w) || ActorAt(i - 1) || w.ends_with("ed") || w.ends_with("ing") ||
          NotAModifier(w) || PlaceAt(i - 1) || TimeAt(i - 1)) {
        break;
      }
      --i;
    }
    return i;
  }

  // "a device that exploded on Friday, wounding 13 people": an explosion that killed or wounded
  // someone is an act even when neither a side nor a weapon word is named.
  bool ExplosionHurt(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    if (tr.entry->sub_event_type != "Remote explosive/landmine/IED") return false;
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const CasualtySpan& c = a_.casualties[n];
      if (c.count > 0 && c.what != QuantityKind::kMissing) return true;
    }
    return false;
  }

  // "two people were killed in an attack on the airport": an act the text introduces as a new
  // one ("a", "an" before it, at most two words between) whose sentence tells of people killed
  // or wounded is an act even when no side is named. "the attack" is anaphoric instead.
  bool NewActHurt(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    bool introduced = false;
    for (std::uint32_t back = 1; back <= 3 && tr.first >= b + back; ++back) {
      const std::string& w = t_.lower[tr.first - back];
      if (w == "a" || w == "an") {
        introduced = true;
        break;
      }
      if (t_.tokens[tr.first - back].kind != TokenKind::kWord || IsDeterminer(w)) break;
    }
    if (!introduced) return false;
    auto [lo, hi] = SpansIn(a_.casualties, b, e);
    for (std::size_t n = lo; n < hi; ++n) {
      const CasualtySpan& c = a_.casualties[n];
      if (c.count > 0 && c.what != QuantityKind::kMissing) return true;
    }
    return false;
  }

  bool Anaphoric(const TriggerSpan& tr, std::uint32_t b) const {
    // "the attack", "this strike", "Tuesday's strike".
    // A verb in the past ("the guerrillas attacked") has its subject before it, not an article.
    const bool past = t_.lower[tr.end - 1].ends_with("ed");
    for (std::uint32_t back = 1; back <= 2 && tr.first >= b + back; ++back) {
      const std::uint32_t k = tr.first - back;
      if (IsDeterminer(t_.lower[k]) && t_.lower[k] != "a" && t_.lower[k] != "an") return !past;
      if (t_.tokens[k].kind == TokenKind::kPossessive) return true;
      if (t_.tokens[k].kind != TokenKind::kWord) break;
    }
    return false;
  }

  void UpdateFocus(std::uint32_t b, std::uint32_t e, std::uint32_t paragraph) {
    auto [plo, phi] = RangeIn(places_, b, e, PlaceFirst);
    for (std::size_t n = plo; n < phi; ++n) {
      const places::PlaceMention& m = places_[n];
      if (m.place.is_country() || IsWorldRegion(m.place) || IsOrigin(m) || NamesNoScene(n)) {
        continue;
      }
      Frame tmp;
      SetPlace(m, tmp);
      focus_place_ = tmp.place;
      focus_geo_precision_ = tmp.geo_precision;
      focus_place_paragraph_ = paragraph;
    }
    auto [tlo, thi] = RangeIn(times_, b, e, TimeFirst);
    for (std::size_t n = tlo; n < thi; ++n) {
      const time::TimeExpression& x = times_[n];
      if (!x.future && !x.historic && !x.open_span) focus_time_ = &x;
    }
  }

  // Keeps the first violent act of a sentence that frames none (no place or day found for it),
  // with the person it names as done to, for Retell.
  void KeepRetold(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e, const Frame& f,
                  std::optional<Frame>& retold) {
    if (retold || !IsViolentSubEvent(lex_, f.sub_event_type)) return;
    retold = f;
    // A day of its own other than the act's makes it another act (checked by Retell).
    if (!ChooseTime(tr, b, e, *retold)) retold->date_source = DateSource::kOwn;
    retold->victim_name = VictimName(tr, b, e);
    if (retold->victim_name.empty()) retold->victim_name = CasualtyName(b, e);
  }

  // Gives `to` the author a retelling of its act names, where it had none, and the people it
  // names as done to. False when the retelling's own day makes it another act.
  static bool Retell(const Frame& retold, std::uint32_t begin, std::uint32_t end, Frame& to) {
    if (retold.date_source == DateSource::kOwn && retold.date != to.date) return false;
    bool used = false;
    if (!to.actor1.present() && retold.actor1.armed()) {
      to.actor1 = retold.actor1;
      used = true;
    }
    const std::string& name = retold.victim_name;
    if (!name.empty() && to.victim_name.find(name) == std::string::npos) {
      to.victim_name = to.victim_name.empty() ? name : to.victim_name + " and " + name;
      used = true;
    }
    if (used) to.evidence.emplace_back(begin, end);
    return true;
  }

  // The latest act of the retold act's kind in the last two paragraphs, else an act of its kind
  // the next two paragraphs frame (the lead names who did it, the next sentence where).
  void RetellAct(const Frame& retold, const text::Sentence& s, std::vector<Frame>& frames) {
    for (auto it = frames.rbegin(); it != frames.rend() && it->paragraph + 2 >= s.paragraph; ++it) {
      if (it->sub_event_type == retold.sub_event_type) {
        Retell(retold, s.begin, s.end, *it);
        return;
      }
    }
    if (untold_.size() < 8) untold_.push_back({retold, s.begin, s.end});
  }

  // An act framed now takes what the unframed tellings of its kind before it name.
  void TakeUntold(Frame& f) {
    for (auto it = untold_.begin(); it != untold_.end();) {
      if (it->frame.paragraph + 2 < f.paragraph) {
        it = untold_.erase(it);
      } else if (it->frame.sub_event_type == f.sub_event_type &&
                 Retell(it->frame, it->begin, it->end, f)) {
        it = untold_.erase(it);
      } else {
        ++it;
      }
    }
  }

  // "contractors supplied drones", "a family detected by a military drone", "naval mines laid
  // by the navy": a trigger that names a weapon itself ("drones", "mines"; not "drone strikes")
  // is a thing, not an act, where a word of handling it (data/weapon_handling.tsv: supply,
  // trade, make, show, store, lay, detect) governs it: a few words before it in its clause, or
  // as the participle right after it with its agent ("by"), the weapon doing nothing later in
  // its sentence. A weapon sent "at" or "into" a place is fired.
  bool WeaponHandled(const TriggerSpan& tr, std::uint32_t b, std::uint32_t e) const {
    if (tr.entry->weapon.empty()) return false;
    const auto last = lex_.triggers.LongestAt(t_.lower, tr.end - 1, tr.end);
    if (!last.entry || last.entry->weapon.empty()) return false;
    constexpr std::uint32_t kGap = 4;  // words between the handling word and the weapon
    for (std::uint32_t k = tr.end; k < e && k < tr.end + 8; ++k) {
      const std::string& w = t_.lower[k];
      if (t_.tokens[k].kind == TokenKind::kPunct) break;
      if (w == "at" || w == "into" || w == "against" || w == "toward" || w == "towards") {
        return false;
      }
    }
    for (std::uint32_t p = tr.first > b + kGap + 2 ? tr.first - kGap - 2 : b; p < tr.first; ++p) {
      const auto m = lex_.weapon_handling.LongestAt(t_.lower, p, tr.first);
      if (!m.entry) continue;
      const std::uint32_t after = p + m.length;
      if (tr.first - after > kGap || a_.clause[p] != a_.clause[tr.first]) continue;
      bool open = true;  // only words between, none of them an act's
      for (std::uint32_t k = after; k < tr.first && open; ++k) {
        open = t_.tokens[k].kind == TokenKind::kWord || t_.tokens[k].kind == TokenKind::kNumber ||
               t_.tokens[k].kind == TokenKind::kPossessive;
      }
      auto [lo, hi] = SpansIn(a_.triggers, after, tr.first);
      if (open && lo == hi) return true;
    }
    // After it, only where it does nothing later in its sentence ("drones supplied by X hit").
    const auto m = lex_.weapon_handling.LongestAt(t_.lower, tr.end, e);
    if (!m.entry || tr.end + m.length >= e || t_.lower[tr.end + m.length] != "by") return false;
    auto [lo, hi] = SpansIn(a_.triggers, tr.end, e);
    return lo == hi;
  }

  void FrameSentence(std::uint32_t si, std::vector<Frame>& frames) {
    const text::Sentence& s = t_.sentences[si];
    const std::uint32_t b = s.first_token;
    const std::uint32_t e = s.end_token;
    // "Two soldiers were wounded at unspecified locations": the text places neither the act nor
    // its toll, so a place named beside them (a cross-reference) is not theirs.
    if (HasModality(b, e, ModalityClass::kUnplaced)) return;
    auto [lo, hi] = SpansIn(a_.triggers, b, e);
    std::vector<const TriggerSpan*> live;
    for (std::size_t n = lo; n < hi; ++n) {
      if (!Blocked(a_.triggers[n], b, e) && !WeaponHandled(a_.triggers[n], b, e)) {
        live.push_back(&a_.triggers[n]);
      }
    }
    // A clause that tells of an interception, or of a strike beaten off, absorbs the weapons it
    // names.
    std::unordered_set<std::uint32_t> intercept_clauses;
    for (const TriggerSpan* tr : live) {
      if (tr->entry->trigger_class == TriggerClass::kIntercept ||
          (tr->entry->trigger_class == TriggerClass::kFight && StrikeBeatenOff(*tr, e))) {
        intercept_clauses.insert(a_.clause[tr->first]);
      }
    }
    // A violent trigger frames the act; the weak words of its sentence ("destroyed", "hit")
    // only add its target. Movements and statements do not absorb them.
    // A capture of a thing, not of ground ("attacked and captured two tanks"), frames nothing,
    // so it leaves the weak words of its sentence their acts.
    auto takes_no_ground = [&](const TriggerSpan& tr) {
      return tr.entry->trigger_class == TriggerClass::kCapture && TakesOtherThanPlace(tr, e) &&
             !TakesCivilian(tr, e);
    };
    bool any_strong = false;
    std::vector<const TriggerSpan*> weak;
    for (const TriggerSpan* tr : live) {
      if (!IsStrongClass(tr->entry->trigger_class)) {
        weak.push_back(tr);
      } else if (AbsorbsWeak(tr->entry->trigger_class) && !takes_no_ground(*tr)) {
        any_strong = true;
      }
    }
    std::optional<Frame> retold;  // an act the sentence tells with no place or day of its own
    for (const TriggerSpan* tr : live) {
      // "The blasts come a week after X was hit": what follows a sequel cue is the earlier act
      // the act is told against; the act's place, day, sides and toll are not there.
      const std::uint32_t te = SequelCut(*tr, e);
      const TriggerClass cls = tr->entry->trigger_class;
      const bool is_weak = cls == TriggerClass::kWeak;
      if (cls != TriggerClass::kIntercept && intercept_clauses.count(a_.clause[tr->first]) &&
          lex_.SubEvent(tr->entry->sub_event_type) &&
          lex_.SubEvent(tr->entry->sub_event_type)->event_type == "Explosions/Remote violence") {
        continue;
      }
      Frame f;
      f.sentence = si;
      f.paragraph = s.paragraph;
      f.trigger_first = tr->first;
      f.trigger_end = tr->end;
      f.trigger_class = cls;
      f.sub_event_type = tr->entry->sub_event_type;
      f.weapon = tr->entry->weapon;
      f.seizure = tr->entry->seizure;
      if (is_weak) {
        if (any_strong) continue;  // the strong trigger of the sentence frames this act
        f.anaphoric = Anaphoric(*tr, b);
        // A weak word is an act of its own only with a named side as its subject or agent.
        // ... or with the person it was done to named ("Ana Ruiz was killed"): an act told of
        // someone by name is an act, where a count of the dead is a toll.
        if (!f.anaphoric && !SideActs(*tr, b, te) && !WeaponHits(*tr, weak) &&
            !ExplosionHurt(*tr, b, te) && !NewActHurt(*tr, b, te) &&
            VictimName(*tr, b, te).empty()) {
          continue;
        }
      }
      // "a man killed his neighbour in a dispute over a dog": personal violence by people of no
      // armed side is not coded (codebook); a force's man doing it still is.
      if (HasModality(b, te, ModalityClass::kPersonal) && !ArmedSideNamed(b, te)) continue;
      // Detaining a suspect, a bribe-taker or a fraudster is routine law enforcement, not an
      // ACLED arrest (codebook: ordinary crime and routine policing are not coded).
      if (cls == TriggerClass::kArrest && HasModality(b, te, ModalityClass::kCrime)) continue;
      // Protesters detained are a protest met by force (codebook: "detained protesters" is a
      // protest with intervention), not an arrest of their own.
      if (cls == TriggerClass::kArrest && ProtestersHeld(*tr, b, te)) {
        f.trigger_class = TriggerClass::kProtestForce;
        f.sub_event_type = "Protest with intervention";
      }
      // Tear gas or a dispersal is force against a protest only where the paragraph tells of
      // one; soldiers "treated for exposure to tear gas" at the front are no protest.
      if (cls == TriggerClass::kProtestForce && !ProtestInParagraph(s.paragraph)) continue;
      if ((cls == TriggerClass::kCapture || cls == TriggerClass::kRecapture) &&
          (TakesOtherThanPlace(*tr, te) || !PlaceInClause(*tr, b, te))) {
        // "captured a journalist", "seized two volunteers": a person taken is an abduction.
        if (cls != TriggerClass::kCapture || !TakesCivilian(*tr, te)) continue;
        f.trigger_class = TriggerClass::kStrong;
        f.sub_event_type = "Abduction/forced disappearance";
      }
      // "tried to capture X", "failed to take X": an attempt on ground is a fight for it with
      // no change of control (codebook: armed clash), not ground taken.
      if ((cls == TriggerClass::kCapture || cls == TriggerClass::kRecapture) &&
          f.trigger_class == cls && AttemptBefore(tr->first)) {
        f.trigger_class = TriggerClass::kFight;
        f.sub_event_type = "Armed clash";
      }
      ChooseActors(*tr, b, te, f);
      if (!ChoosePlace(*tr, b, te, f) && !f.anaphoric) {
        KeepRetold(*tr, b, te, f, retold);
        continue;
      }
      // "Russia is fighting an imperial war", "the Finns fought off Russia": a fight of states
      // named as such, or by their people, with no place of its own, is the war, not one of its
      // battles.
      if (cls == TriggerClass::kFight && !chosen_place_ && (f.actor1.state || f.actor1.people) &&
          (f.actor2.state || f.actor2.people || !f.actor2.present())) {
        continue;
      }
      if (!ChooseTime(*tr, b, te, f)) {
        KeepRetold(*tr, b, te, f, retold);
        continue;
      }
      // "The minister visited a school in X that troops shelled": what a visit is told with,
      // undated, happened before it; "a school shelled last weekend" keeps its day.
      if (f.date_source != DateSource::kOwn && HasModality(b, te, ModalityClass::kVisit)) continue;
      // "counter-strikes retook ground last summer": told with a stretch of time well before the
      // report and no day of its own, an act is recalled.
      if (f.date_source != DateSource::kOwn && HasModality(b, te, ModalityClass::kEarlier)) {
        continue;
      }
      // A weak word in a running toll ("250 civilians have been killed so far") is a total, not
      // an act.
      if (is_weak && !f.anaphoric && (HasModality(b, te, ModalityClass::kCumulative) ||
                                      HasModality(b, te, ModalityClass::kAggregate))) {
        continue;
      }
      // "an increase in the number of troops deployed", "a total of 5,000 soldiers moved": a
      // count of the troops a side keeps somewhere, not one movement.
      if (cls == TriggerClass::kMovement && (HasModality(b, te, ModalityClass::kCumulative) ||
                                             HasModality(b, te, ModalityClass::kAggregate))) {
        continue;
      }
      // An act dated more than a year before publication is history recalled, not news; one
      // dated only by its month or year ("in November", "in May 2022") already when it lies
      // more than six weeks back: a report gives the day of what it reports.
      if (f.date) {
        const int max_age = f.time_precision >= 3 ? 45 : 365;
        if (f.date->ToDays() < doc_.published->ToDays() - max_age) continue;
      }
      // A timeline or look back retells what happened; what it reports is only what the text
      // dates itself to the last days ("On Tuesday, ...").
      if (retrospective_ && !RecentOwnDay(f)) continue;
      // "a series of strikes this month", "waves of drone attacks": a run of acts, not one,
      // unless the text gives the run one day of its own.
      if (InSeries(*tr, b) && !DayInClause(*tr, b, te)) continue;
      f.supporting = (f.date_source == DateSource::kFocus ||
                      f.date_source == DateSource::kPublication) &&
                     !NamedSide(b, te);
      Casualties(b, te, f);
      // "A car bomb exploded in X, killing seven": an act told with its toll at a place its own
      // sentence names, in a text that gives no day near it, is news of the day, with no side
      // named.
      // So is a protest told as news at a place its own sentence names ("hundreds rallied in X",
      // "a rally was held in X"), not one referred back to ("cases against the protesters").
      const bool protest_told = (f.trigger_class == TriggerClass::kProtest ||
                                 f.trigger_class == TriggerClass::kProtestForce) &&
                                !Anaphoric(*tr, b);
      // A weapon that hit ("a missile hit an apartment block in X, killing seven") tells an
      // act as a strong word does.
      const bool clear_act = !is_weak || WeaponHits(*tr, weak);
      if (f.supporting && f.date_source == DateSource::kPublication && !f.place_from_focus &&
          clear_act && (f.HasToll() || protest_told)) {
        f.supporting = false;
      }
      f.target = ChooseTarget(*tr, b, te, weak);
      MilitaryTarget(b, te, f);
      if (IsViolentSubEvent(lex_, f.sub_event_type)) {
        f.victim_name = VictimName(*tr, b, te);
        if (f.victim_name.empty()) f.victim_name = CasualtyName(b, te);
        if (f.victim_name.empty()) f.victim_name = IdentifiedNames(b, te);
      }
      f.weapon_text = WeaponText(*tr, weak);
      RefineSubEvent(*tr, b, te, f);
      StrikeGotThrough(f);
      if (f.weapon_text.empty()) f.weapon_text = WeaponWord(tr->first);
      Attribute(b, te, f);
      f.evidence.emplace_back(s.begin, s.end);
      double c = is_weak ? 0.4 : 0.55;
      if (f.actor1.present()) c += 0.15;
      if (f.date_source == DateSource::kOwn) c += 0.1;
      if (f.geo_precision == 1) c += 0.1;
      f.confidence = std::min(0.95, c);
      // One act told of several towns, or of several days, is one incident per town and day
      // (ACLED), the toll split evenly with the remainder to the first, unless it is told per
      // part ("one killed each day").
      const std::vector<std::size_t> listed =
          chosen_place_ ? ListedPlaces(*chosen_place_, te) : std::vector<std::size_t>{};
      const std::vector<const time::TimeExpression*> days =
          f.date_source == DateSource::kOwn ? ListedDays(te)
                                            : std::vector<const time::TimeExpression*>{};
      if (listed.size() > 1 || days.size() > 1) {
        const std::size_t n_places = std::max<std::size_t>(listed.size(), 1);
        const std::size_t n_days = std::max<std::size_t>(days.size(), 1);
        const int parts = static_cast<int>(n_places * n_days);
        const bool whole = DistributiveToll(b, te);
        for (int k = 0; k < parts; ++k) {
          Frame copy = f;
          const auto part = static_cast<std::size_t>(k);
          if (listed.size() > 1) {
            SetPlace(places_[listed[part / n_days]], copy);
            // "near X and Y": the nearness holds for every town of the list.
            copy.geo_precision = std::max(copy.geo_precision, f.geo_precision);
          }
          if (days.size() > 1) {
            copy.date = days[part % n_days]->date;
            copy.time_precision = days[part % n_days]->precision;
          }
          if (!whole) {
            copy.fatalities = ShareOf(f.fatalities, parts, k);
            copy.injuries = ShareOf(f.injuries, parts, k);
          }
          frames.push_back(std::move(copy));
        }
        continue;
      }
      TakeUntold(f);
      frames.push_back(std::move(f));
    }
    // "One civilian died." after the act: the toll belongs to the last act of the paragraph.
    const bool framed_here = !frames.empty() && frames.back().sentence == si;
    const CasualtySpan* act_toll =
        HasModality(b, e, ModalityClass::kAggregate) ? ActToll(b, e) : nullptr;
    if (!framed_here && !frames.empty() && frames.back().paragraph == s.paragraph &&
        (act_toll || !HasModality(b, e, ModalityClass::kAggregate))) {
      Frame& last = frames.back();
      // "The death toll rose to 15." after an act told with a lower figure: ACLED codes the
      // latest toll of the act (not split: an act of several towns keeps its shares).
      if (act_toll && last.fatalities && *last.fatalities < act_toll->count &&
          (frames.size() < 2 || frames[frames.size() - 2].sentence != last.sentence ||
           frames[frames.size() - 2].trigger_first != last.trigger_first)) {
        last.fatalities = act_toll->count;
      }
      const bool had = last.fatalities || last.injuries;
      auto [clo, chi] = SpansIn(a_.casualties, b, e);
      // "Three more died in hospital", "another two were wounded": a toll added to the act's,
      // where the act is one frame (an act split over towns keeps its shares).
      const bool split = frames.size() >= 2 &&
                         frames[frames.size() - 2].sentence == last.sentence &&
                         frames[frames.size() - 2].trigger_first == last.trigger_first;
      for (std::size_t n = clo; n < chi && had && !split; ++n) {
        const CasualtySpan& c = a_.casualties[n];
        const bool more = (c.first + 1 < c.end && (t_.lower[c.first + 1] == "more" ||
                                                    t_.lower[c.first + 1] == "others")) ||
                          (c.first > b && t_.lower[c.first - 1] == "another");
        if (!more || c.vague || c.what == QuantityKind::kMissing) continue;
        std::optional<int>& toll =
            c.what == QuantityKind::kKilled ? last.fatalities : last.injuries;
        toll = toll.value_or(0) + c.count;
      }
      for (std::size_t n = clo; n < chi && !had; ++n) {
        const CasualtySpan& c = a_.casualties[n];
        if (c.what == QuantityKind::kKilled && !last.fatalities) last.fatalities = c.count;
        if (c.what == QuantityKind::kInjured && !last.injuries) last.injuries = c.count;
      }
      if (!had) CasualtyVictims(b, e, last);
      if (!had) StrikeGotThrough(last);
      if (last.victim_name.empty() && IsViolentSubEvent(lex_, last.sub_event_type)) {
        last.victim_name = CasualtyName(b, e);
        if (last.victim_name.empty()) last.victim_name = IdentifiedNames(b, e);
        if (!last.victim_name.empty()) last.evidence.emplace_back(s.begin, s.end);
      }
      if (!had && (last.fatalities || last.injuries)) {
        // An act split over the towns of a list (one frame per town, same trigger) shares the
        // toll, evenly with the remainder to the first.
        std::size_t parts = 1;
        while (parts < frames.size() &&
               frames[frames.size() - 1 - parts].sentence == last.sentence &&
               frames[frames.size() - 1 - parts].trigger_first == last.trigger_first) {
          ++parts;
        }
        const std::optional<int> killed = last.fatalities, injured = last.injuries;
        const int n_parts = static_cast<int>(parts);
        for (int k = 0; k < n_parts; ++k) {
          Frame& part = frames[frames.size() - parts + static_cast<std::size_t>(k)];
          part.fatalities = ShareOf(killed, n_parts, k);
          part.injuries = ShareOf(injured, n_parts, k);
          if (!part.actor2.present()) part.actor2 = last.actor2;
          part.evidence.emplace_back(s.begin, s.end);
        }
      }
    }
    // "Ana Ruiz and her driver were abducted by armed men on their way to work": a sentence
    // that retells an act of the kind told just before (the last two paragraphs), with no place
    // or day of its own to make it another, names who did it, where the act named no author,
    // and the people it was done to.
    if (!framed_here && retold) RetellAct(*retold, s, frames);
    // "The X front claimed responsibility for the attack": a named group that claims an act told
    // just before is its author, where the text named none.
    // (the acts of the last two paragraphs, as for "the attack").
    if (!framed_here && !frames.empty() && frames.back().paragraph + 2 >= s.paragraph) {
      const ActorSpan* group = ResponsibilityClaimant(b, e);
      if (!group) group = BlamedGroup(b, e);
      if (group) {
        for (auto it = frames.rbegin(); it != frames.rend() && it->paragraph + 2 >= s.paragraph;
             ++it) {
          if (!it->actor1.present() && IsViolentSubEvent(lex_, it->sub_event_type)) {
            it->actor1 = ToFrameActor(*group);
          }
        }
      }
    }
    // The focus moves on after the sentence is read.
    UpdateFocus(b, e, s.paragraph);
    for (auto it = frames.rbegin(); it != frames.rend() && it->sentence == si; ++it) {
      if (it->actor1.present()) {
        focus_actor_ = it->actor1;
        focus_paragraph_ = s.paragraph;
        break;
      }
    }
  }

  const EventLexicon& lex_;
  const text::AnalysedText& t_;
  const Annotations& a_;
  const std::vector<places::PlaceMention>& places_;
  const std::vector<time::TimeExpression>& times_;
  const Document& doc_;

  std::optional<places::Place> focus_place_;
  int focus_geo_precision_ = 1;
  std::uint32_t focus_place_paragraph_ = 0;
  const time::TimeExpression* focus_time_ = nullptr;
  FrameActor focus_actor_;
  std::uint32_t focus_paragraph_ = 0;
  std::optional<std::size_t> chosen_place_;  // the mention ChoosePlace chose, if any
  const time::TimeExpression* chosen_time_ = nullptr;  // the expression ChooseTime chose, if any
  bool retrospective_ = false;               // the lead says the piece retells the past
  // Violent acts told in sentences that framed none and retold no act before them (RetellAct).
  struct Untold {
    Frame frame;
    std::uint32_t begin, end;  // the sentence
  };
  std::vector<Untold> untold_;
};

}  // namespace

bool FrameActor::armed() const {
  return unit != "civilians" && unit != "protesters" && unit != "rioters" && present();
}

bool SamePlace(const places::Place& a, const places::Place& b) {
  if (a.geonameid && b.geonameid && *a.geonameid == *b.geonameid) return true;
  if (a.name == b.name && a.admin1 == b.admin1 && a.country_code == b.country_code) return true;
  constexpr double kPi = 3.14159265358979323846;
  const double dlat = (a.latitude - b.latitude) * kPi / 180;
  const double dlon = (a.longitude - b.longitude) * kPi / 180 * std::cos(a.latitude * kPi / 180);
  return std::sqrt(dlat * dlat + dlon * dlon) * 6371.0 < 1.0;
}

std::vector<Frame> BuildFrames(const EventLexicon& lexicon, const text::AnalysedText& text,
                               const Annotations& annotations,
                               const std::vector<places::PlaceMention>& places,
                               const std::vector<time::TimeExpression>& times,
                               const Document& document) {
  if (!document.published) return {};
  return Framer(lexicon, text, annotations, places, times, document).Run();
}

namespace {

bool ActorsCompatible(const FrameActor& a, const FrameActor& b) {
  if (!a.present() || !b.present()) return true;
  if (a.country.empty() || b.country.empty()) return true;
  return a.country == b.country && a.armed() == b.armed();
}

// Whether two actors can be one side: either unnamed, or of one state or group and one kind.
bool SameSide(const FrameActor& a, const FrameActor& b) {
  if (!a.present() || !b.present()) return true;
  return a.country == b.country && a.unit == b.unit;
}

bool Violent(const Frame& f) {
  return f.trigger_class != TriggerClass::kMovement && f.trigger_class != TriggerClass::kDisplacement &&
         f.trigger_class != TriggerClass::kAgreement && f.trigger_class != TriggerClass::kArrest &&
         f.trigger_class != TriggerClass::kProtest && f.trigger_class != TriggerClass::kProtestForce;
}

// The family a frame's type belongs to for merging across the document: its ACLED event type,
// with territory changes and fights together (a capture after a fight is one battle).
int Family(const Frame& f) {
  switch (f.trigger_class) {
    case TriggerClass::kFight:
    case TriggerClass::kCapture:
    case TriggerClass::kRecapture:
    case TriggerClass::kTransfer:
      return 1;
    case TriggerClass::kProtest:
    case TriggerClass::kProtestForce:
    case TriggerClass::kRiot:
      return 2;
    case TriggerClass::kMovement:
    case TriggerClass::kDisplacement:
    case TriggerClass::kAgreement:
    case TriggerClass::kArrest:
    case TriggerClass::kIntercept:
      return 3 + static_cast<int>(f.trigger_class);
    default:
      return f.sub_event_type == "Abduction/forced disappearance" || f.sub_event_type == "Attack" ||
                     f.sub_event_type == "Sexual violence" || f.sub_event_type == "Other" ||
                     f.sub_event_type == "Looting/property destruction"
                 ? 20 + static_cast<int>(f.sub_event_type.size())
                 : 0;  // explosions and remote violence, and weak acts
  }
}

}  // namespace

std::vector<std::vector<Frame>> Resolve(std::vector<Frame> frames) {
  // "Missiles destroyed a tower in X. ... Missiles slammed into it on Monday": an act dated only
  // by the text around it, told again in the lines after with a day of its own at its place, by
  // its side, of its sub-type and of no other victim named, is that act: it takes that day, and
  // the retelling joins it.
  constexpr std::size_t kNoFrame = static_cast<std::size_t>(-1);
  std::vector<std::size_t> retells(frames.size(), kNoFrame);  // frame -> the frame it retells
  for (std::size_t i = 0; i < frames.size(); ++i) {
    Frame& f = frames[i];
    if (f.anaphoric || !f.place || !f.date ||
        (f.date_source != DateSource::kFocus && f.date_source != DateSource::kPublication)) {
      continue;
    }
    for (std::size_t j = i + 1; j < frames.size() && frames[j].paragraph <= f.paragraph + 1; ++j) {
      const Frame& g = frames[j];
      if (g.anaphoric || g.date_source != DateSource::kOwn || !g.date || !g.place ||
          !SamePlace(*f.place, *g.place) || f.sub_event_type != g.sub_event_type || !Violent(g) ||
          !SameSide(f.actor1, g.actor1) ||
          (!f.victim_name.empty() && !g.victim_name.empty() && f.victim_name != g.victim_name)) {
        continue;
      }
      f.date = g.date;
      f.time_precision = g.time_precision;
      f.date_source = DateSource::kOwn;
      if (retells[j] == kNoFrame) retells[j] = i;
      break;
    }
  }
  std::vector<std::vector<Frame>> groups;
  std::vector<std::size_t> group_of(frames.size(), kNoFrame);  // frame -> its group
  for (std::size_t k = 0; k < frames.size(); ++k) {
    Frame& f = frames[k];
    if (f.anaphoric) {
      // The latest violent incident of the last two paragraphs at a compatible place.
      for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        const Frame& head = it->front();
        if (head.paragraph + 2 < f.paragraph) break;
        if (!Violent(head)) continue;
        if (f.place && head.place && !SamePlace(*f.place, *head.place) &&
            f.date_source != DateSource::kOwn) {
          continue;
        }
        // A day the text states for "Tuesday's strike" beats the day of the claim about it.
        if (f.date_source == DateSource::kOwn && head.date_source != DateSource::kOwn) {
          for (Frame& g : *it) {
            g.date = f.date;
            g.time_precision = f.time_precision;
            g.date_source = DateSource::kOwn;
          }
        }
        f.place = head.place;
        f.geo_precision = head.geo_precision;
        f.date = head.date;
        f.date_source = head.date_source;
        it->push_back(std::move(f));
        group_of[k] = static_cast<std::size_t>(it.base() - groups.begin()) - 1;
        break;
      }
      // "Ten people were killed in the strike on X on Tuesday" with no act told before: the
      // text refers to an act its reader knows of, and tells its place, day and toll itself.
      if (group_of[k] == kNoFrame && f.place && !f.place_from_focus &&
          f.date_source == DateSource::kOwn && f.HasToll() && Violent(f)) {
        groups.push_back({std::move(f)});
        group_of[k] = groups.size() - 1;
      }
      continue;
    }
    if (retells[k] != kNoFrame && group_of[retells[k]] != kNoFrame) {
      group_of[k] = group_of[retells[k]];
      groups[group_of[k]].push_back(std::move(f));
      continue;
    }
    bool merged = false;
    for (auto& group : groups) {
      const Frame& head = group.front();
      if (!f.place || !head.place || !SamePlace(*f.place, *head.place)) continue;
      if (!f.date || !head.date || *f.date != *head.date) continue;
      // One sentence tells one incident per place and day, whoever it names first.
      const bool same_sentence = group.back().sentence == f.sentence;
      // In a battle the order of the two sides carries no meaning (ACLED): "Russian troops
      // stormed X. Ukrainian forces repelled the offensive." is one clash.
      // Either side of a battle acting in the battle's paragraph acts in the battle.
      const bool sides_swapped =
          Family(head) == 1 &&
          ((Family(f) == 1 &&
            (!head.actor2.present() || ActorsCompatible(f.actor1, head.actor2))) ||
           (head.actor2.present() && f.actor1.present() &&
            ActorsCompatible(f.actor1, head.actor2) && group.back().paragraph == f.paragraph));
      // Fire and the other side's answer told in one paragraph ("Russian forces shelled X.
      // Ukrainian forces fired back") are one incident between the two: one actor pair, one
      // place, one day (ACLED codes an exchange of fire as one armed clash).
      const bool answer =
          (Family(head) <= 1 && Family(f) <= 1 && Violent(head) && Violent(f)) &&
          group.back().paragraph == f.paragraph && f.actor1.armed() && head.actor1.armed() &&
          !ActorsCompatible(f.actor1, head.actor1) &&
          (!head.actor2.present() || ActorsCompatible(f.actor1, head.actor2)) &&
          (!f.actor2.present() || ActorsCompatible(f.actor2, head.actor1));
      // A protest and the force it met, told in one paragraph, are one event whoever acts.
      const bool protest_scene =
          Family(f) == 2 && Family(head) == 2 && group.back().paragraph == f.paragraph;
      if (!same_sentence && !ActorsCompatible(f.actor1, head.actor1) && !sides_swapped &&
          !answer && !protest_scene) {
        continue;
      }
      const bool same_family = Family(f) == Family(head);
      // Tactics combine into one incident only where the text tells them together; acts of one
      // kind told apart are one incident only when both are clear acts, not weak words.
      const bool together = group.back().paragraph == f.paragraph;
      const bool clear = f.trigger_class != TriggerClass::kWeak &&
                         std::any_of(group.begin(), group.end(), [](const Frame& g) {
                           return g.trigger_class != TriggerClass::kWeak;
                         });
      if (!together && !(same_family && clear)) continue;
      group.push_back(std::move(f));
      group_of[k] = static_cast<std::size_t>(&group - groups.data());
      merged = true;
      break;
    }
    if (!merged && !f.supporting) {
      groups.push_back({std::move(f)});
      group_of[k] = groups.size() - 1;
    }
  }
  return groups;
}

}  // namespace sitrep::events
