#include "events/annotate.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace sitrep::events {
namespace {

using text::TokenKind;
using Mask = std::vector<std::uint8_t>;

// The longest phrase of `table` at token i, tried only where the token starts one of its phrases.
template <typename Entry>
typename PhraseTable<Entry>::Match Gated(const PhraseTable<Entry>& table, std::uint8_t bit,
                                         const Mask& mask, const std::vector<std::string>& lower,
                                         std::uint32_t i, std::uint32_t end) {
  if (i >= end || !(mask[i] & bit)) return {};
  return table.LongestAt(lower, i, end);
}

// Function words that open a new clause. Grammar rather than domain vocabulary, so kept here.
bool IsClauseWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "that", "but", "while", "whereas", "which", "who", "whom", "although", "though",
      "because", "where", "when", "however", "meanwhile", "whereby"};
  return kWords.count(w) > 0;
}

bool IsClausePunct(std::string_view p) {
  return p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "\"" || p == "-" ||
         p == "\u2014" || p == "\u2013" || p == "?" || p == "!";
}

// The comma that closes an aside opening at the comma `i` with a participle of support and "by"
// (", backed by separatists,", ", accompanied by tanks,") or with "including" before the verb
// goes on (", including reservists, shelled"; not a list going on: ", including X, Y and Z"),
// else 0: an aside is short and holds no other clause punctuation.
std::uint32_t AsideClose(const text::AnalysedText& t, std::uint32_t i, std::uint32_t end) {
  static const std::unordered_set<std::string_view> kSupport = {
      "supported", "backed", "accompanied", "aided", "assisted", "reinforced", "joined", "helped"};
  constexpr std::uint32_t kMaxAside = 12;
  if (t.lower[i] != "," || i + 3 >= end) return 0;
  const bool including = t.lower[i + 1] == "including";
  if (!including && (!kSupport.count(t.lower[i + 1]) || t.lower[i + 2] != "by")) return 0;
  for (std::uint32_t k = i + 2; k < end && k <= i + kMaxAside; ++k) {
    if (t.tokens[k].kind != TokenKind::kPunct || !IsClausePunct(t.lower[k])) continue;
    if (t.lower[k] != "," || k + 1 >= end) return 0;
    const bool verb_goes_on = t.tokens[k + 1].kind == TokenKind::kWord &&
                              !t.tokens[k + 1].capitalised && t.lower[k + 1] != "and" &&
                              t.lower[k + 1] != "or";
    return !including || verb_goes_on ? k : 0;
  }
  return 0;
}

bool IsPronounOrFunction(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "it", "he", "she", "they", "we", "i", "you", "this", "that", "the", "a", "an", "there",
      "his", "her", "their", "its", "these", "those", "in", "on", "at", "as", "and", "but",
      "meanwhile", "according", "also", "earlier", "later", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "today",
      "yesterday", "tonight", "mr", "ms", "mrs"};
  return kWords.count(w) > 0;
}

// Adverbs and auxiliaries between a speaker and the speech verb: "officials also said", "the
// ministry has said".
bool IsSpeechFiller(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "also", "later", "earlier", "previously", "separately", "further", "has", "have", "had",
      "then", "again", "already", "just", "still", "now", "first", "will", "would", "can",
      "could", "may", "might", "must", "should", "shall"};
  // Adverbs in -ly ("reportedly", "publicly"); the token is lower case here.
  return kWords.count(w) > 0 || (w.size() > 4 && w.ends_with("ly"));
}

// Words that end a speaker's run before the speech verb: a passive or an infinitive ("was
// reported", "to say") has no speaker there, and a relative or conjunction ("who he said",
// "and said") begins another clause.
bool EndsSpeakerRun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "was", "were", "is", "are", "be", "been", "being", "to", "who", "whom", "which", "where",
      "what", "when", "while", "as", "because", "if", "and", "but", "or", "than", "not", "never",
      "in", "on", "at", "for", "with", "amid", "after", "before", "during", "from", "by", "of"};
  return kWords.count(w) > 0;
}

// A cue word written with a capital inside a sentence is most likely a name or a month ("May"),
// unless the sentence capitalises nearly every word (wire copy in capitals, a title-case
// headline): there a capital tells nothing.
bool NameLike(const text::AnalysedText& t, std::uint32_t i, std::uint32_t sentence_first,
              bool cased) {
  return cased && i != sentence_first && t.tokens[i].capitalised;
}

// The share of words written with a capital in tokens [first, end), and how many words there are.
std::pair<double, std::uint32_t> CapitalShare(const text::AnalysedText& t, std::uint32_t first,
                                              std::uint32_t end) {
  std::uint32_t words = 0;
  std::uint32_t capitals = 0;
  for (std::uint32_t i = first; i < end; ++i) {
    if (t.tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    if (t.tokens[i].capitalised) ++capitals;
  }
  return {words == 0 ? 0.0 : static_cast<double>(capitals) / words, words};
}

// Whether capitals in sentence s mark names: not when at least this share of its words has one.
// A sentence too short to judge takes the document's share.
constexpr double kUncasedShare = 0.75;
constexpr std::uint32_t kWordsToJudge = 4;
bool CapitalsMarkNames(const text::AnalysedText& t, const text::Sentence& s,
                       double document_share) {
  const auto [share, words] = CapitalShare(t, s.first_token, s.end_token);
  return (words >= kWordsToJudge ? share : document_share) < kUncasedShare;
}

std::optional<long long> ParseDigits(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') return std::nullopt;  // decimals and dotted dates are not head counts
    digits.push_back(c);
  }
  long long v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
  return v;
}

struct Figure {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  long long value = 0;
  bool vague = false;
};

// A figure starting at token i: digits or number words, an optional multiplier; or a vague word.
std::optional<Figure> FigureAt(const EventLexicon& lex, const text::AnalysedText& t,
                               const Mask& mask, std::uint32_t i, std::uint32_t end) {
  if (i >= end) return std::nullopt;
  Figure f{i, i, 0, false};
  if (t.tokens[i].kind == TokenKind::kNumber) {
    auto v = ParseDigits(t.TokenText(i));
    if (!v) return std::nullopt;
    f.value = *v;
    f.end = i + 1;
  } else {
    auto m = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, i, end);
    if (!m.entry) return std::nullopt;
    if (m.entry->kind == QuantityKind::kVague) {
      return Figure{i, i + m.length, m.entry->value, true};
    }
    if (m.entry->kind != QuantityKind::kNumber) return std::nullopt;
    f.value = m.entry->value;
    f.end = i + m.length;
    // "twenty one", "twenty-one" come as two words or one hyphenated token: add the units.
    if (f.end < end) {
      auto unit = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, f.end, end);
      if (unit.entry && unit.entry->kind == QuantityKind::kNumber && f.value >= 20 &&
          f.value % 10 == 0 && unit.entry->value < 10) {
        f.value += unit.entry->value;
        f.end += unit.length;
      }
    }
  }
  if (f.end < end) {
    auto mult = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, f.end, end);
    if (mult.entry && mult.entry->kind == QuantityKind::kMultiplier) {
      f.value *= mult.entry->value;
      f.end += mult.length;
    }
  }
  // Years and other large numbers next to a casualty word are dates or totals, not head counts.
  if (f.value > 100000) return std::nullopt;
  return f;
}

bool IsCasualtyKind(QuantityKind k) {
  return k == QuantityKind::kKilled || k == QuantityKind::kInjured || k == QuantityKind::kMissing;
}

// A strike of the kind a state's forces deliver (a strong trigger of data/triggers.tsv whose
// weapon is aircraft, a drone, artillery or a missile: "air strike", "shelling") begins at token
// k. Rockets and machine guns are the arms of armed groups as much.
bool StateStrikeAt(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                   std::uint32_t k, std::uint32_t end) {
  if (k >= end) return false;
  auto tr = Gated(lex.triggers, EventLexicon::kTriggerBit, mask, t.lower, k, end);
  if (!tr.entry || tr.entry->trigger_class != TriggerClass::kStrong) return false;
  const std::string& w = tr.entry->weapon;
  return w == "aircraft" || w == "drone" || w == "artillery" || w == "missile";
}

// "his", "her", "their", "its": an owner named by a pronoun ("her two children").
bool IsOwnerPronoun(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its";
}

bool IsArticleOrOwner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || IsOwnerPronoun(w);
}

// People of no side named by a group word of the author kind ("two men", "an individual",
// tokens [i, stop) of a sentence ending at `end`) are a party only as the author of an act whose
// trigger `triggers` holds: the subject right before its verb ("two men on a scooter threw a
// grenade", "a man shot him"; not "two men were killed", "a man killed in the blast" or "a man
// with a grenade"), or the agent of its passive ("was shot by two men"). Returns where the
// span starts, taking in a head count before the word ("two", "several"), or -1 where the
// words name no party.
std::int64_t AuthorStart(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                         std::uint32_t first, std::uint32_t i, std::uint32_t stop,
                         std::uint32_t end, const std::vector<TriggerSpan>& triggers) {
  auto count_ends_at = [&](std::uint32_t k, std::uint32_t at) {
    auto fig = FigureAt(lex, t, mask, k, end);
    return fig && fig->end == at;
  };
  // One word that describes them, between an article, a count or "of" and the word ("two
  // hooded men", "a group of masked individuals").
  std::uint32_t head = i;
  if (i >= first + 2 && t.tokens[i - 1].kind == TokenKind::kWord &&
      !IsPronounOrFunction(t.lower[i - 1]) && !count_ends_at(i - 1, i) &&
      (IsArticleOrOwner(t.lower[i - 2]) || t.lower[i - 2] == "of" || count_ends_at(i - 2, i - 1))) {
    head = i - 1;
  }
  std::uint32_t start = head;
  for (std::uint32_t back = 1; back <= 2 && head >= first + back; ++back) {
    if (count_ends_at(head - back, head)) {
      start = head - back;
      break;
    }
  }
  // Acts of force only: those arrested, moved or gathered are no authors of violence.
  auto violent = [](const TriggerSpan& tr) {
    const TriggerClass c = tr.entry->trigger_class;
    return c == TriggerClass::kStrong || c == TriggerClass::kWeak || c == TriggerClass::kFight ||
           c == TriggerClass::kIntercept;
  };
  auto trigger_at = [&](std::uint32_t k) -> const TriggerSpan* {
    for (const TriggerSpan& tr : triggers) {
      if (tr.first == k) return &tr;
    }
    return nullptr;
  };
  // The agent of a passive: "by" right before, a trigger a few words before it.
  std::uint32_t by = start;
  if (by > first && IsArticleOrOwner(t.lower[by - 1])) --by;
  if (by > first && t.lower[by - 1] == "by") {
    for (const TriggerSpan& tr : triggers) {
      if (violent(tr) && tr.end <= by - 1 && tr.end >= first && by - 1 - tr.end <= 6) {
        return start;
      }
    }
    return -1;
  }
  // The subject: an act's verb within a few words after, no verb of being, clause word or
  // punctuation between.
  static const std::unordered_set<std::string_view> kNotSubject = {
      "was",   "were", "is", "are", "been", "being", "be",  "who", "whom", "that",
      "which", "and",  "or", "but", "of",   "whose", "had", "has", "have"};
  static const std::unordered_set<std::string_view> kAfterPassive = {
      "in", "by", "during", "when", "while", "after", "near", "as"};
  static const std::unordered_set<std::string_view> kPreposition = {
      "with", "in", "on", "of", "at", "near", "from", "into", "inside", "outside", "by", "for"};
  for (std::uint32_t k = stop; k < end && k <= stop + 7; ++k) {
    if (const TriggerSpan* tr = trigger_at(k)) {
      if (!violent(*tr)) return -1;
      // "a man killed in the blast", "the men killed were ...", "the man killed.": one word
      // right after, then a preposition, a verb of being or the end, is a reduced passive.
      const bool at_end = tr->end >= end || t.tokens[tr->end].kind == TokenKind::kPunct;
      if (k == stop &&
          (at_end ? tr->end == k + 1
                  : kAfterPassive.count(t.lower[tr->end]) ||
                        (kNotSubject.count(t.lower[tr->end]) && t.lower[tr->end] != "and"))) {
        return -1;
      }
      if (k == stop) return start;
      // "hurled a bomb": a noun trigger after a verb's article; "with a bomb" is no act.
      if (IsArticleOrOwner(t.lower[k - 1])) {
        if (k - 1 == stop || kPreposition.count(t.lower[k - 2])) return -1;
      }
      return start;
    }
    if (t.tokens[k].kind == TokenKind::kPunct || kNotSubject.count(t.lower[k])) return -1;
  }
  return -1;
}

void AnnotateActors(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask, std::uint32_t first,
                    std::uint32_t end, Annotations& out) {
  std::uint32_t i = first;
  while (i < end) {
    auto m = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, i, end);
    if (!m.entry) {
      ++i;
      continue;
    }
    const ActorEntry& e = *m.entry;
    if (e.kind == ActorKind::kGroup && e.author) {
      const std::int64_t start =
          AuthorStart(lex, t, mask, first, i, i + m.length, end, out.triggers);
      if (start >= 0) {
        out.actors.push_back(
            ActorSpan{static_cast<std::uint32_t>(start), i + m.length, e.country, e.unit, false});
      }
      i += m.length;
      continue;
    }
    if (e.kind == ActorKind::kGroup) {
      // "guerrilla artillery", "guerrilla saboteurs": force words or armed men of no side
      // right after armed men of no side are one actor named in those words. A named group's
      // members ("the X front's guerrillas") stay apart from its name.
      std::uint32_t stop = i + m.length;
      while (e.country == "*" && stop < end) {
        auto more = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, stop, end);
        if (!more.entry) break;
        const ActorEntry& x = *more.entry;
        const bool force = x.kind == ActorKind::kUnit && !x.voice && x.unit == "military" &&
                           t.lower[stop] != "positions";
        const bool armed_men = x.kind == ActorKind::kGroup && x.country == "*" && !x.author;
        if (!force && !armed_men) break;
        stop += more.length;
      }
      out.actors.push_back(ActorSpan{i, stop, e.country, e.unit, false});
      i = stop;
      continue;
    }
    if (e.kind == ActorKind::kUnit) {
      // "the air force of Russia", "the Security Service of Ukraine": a run of unit words
      // owned by a state named after "of" is that state's force, the most specific unit named.
      std::string unit_name = e.unit;
      std::uint32_t stop = i + m.length;
      while (stop < end) {
        auto more = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, stop, end);
        if (!more.entry || more.entry->kind != ActorKind::kUnit) break;
        if (unit_name == "military") unit_name = more.entry->unit;
        stop += more.length;
      }
      std::uint32_t k = stop;
      if (k < end && t.lower[k] == "of") ++k;
      if (k > stop && k < end && t.lower[k] == "the") ++k;
      auto owner = k > stop ? Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, k, end)
                            : decltype(m){};
      if (owner.entry && owner.entry->kind == ActorKind::kCountry &&
          !(owner.entry->with_unit_only && e.voice)) {
        out.actors.push_back(
            ActorSpan{i, k + owner.length, owner.entry->country, unit_name, false});
        i = k + owner.length;
        continue;
      }
      out.actors.push_back(ActorSpan{i, i + m.length, "", e.unit, false});
      i += m.length;
      continue;
    }
    // A state word: look for its unit, after an optional "'s" and at most one modifier.
    std::uint32_t j = i + m.length;
    // "the Russian FSB", "Ukrainian separatists": a force known by its own name, of the state
    // the word names, is that force.
    if (e.kind == ActorKind::kDemonym && j < end) {
      auto own = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, j, end);
      if (own.entry && own.entry->kind == ActorKind::kGroup && own.entry->country == e.country) {
        out.actors.push_back(ActorSpan{i, j + own.length, e.country, own.entry->unit, false});
        i = j + own.length;
        continue;
      }
    }
    if (j < end && t.tokens[j].kind == TokenKind::kPossessive) ++j;
    for (std::uint32_t k = j; k < end && k <= j + 1; ++k) {
      auto unit = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, k, end);
      if (unit.entry && unit.entry->kind == ActorKind::kUnit &&
          !(e.with_unit_only && unit.entry->voice)) {
        // "Russian military forces", "Russian military aviation": the whole run of unit words,
        // the most specific unit named.
        std::string unit_name = unit.entry->unit;
        std::uint32_t stop = k + unit.length;
        while (stop < end) {
          auto more = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, stop, end);
          if (!more.entry || more.entry->kind != ActorKind::kUnit) break;
          if (unit_name == "military") unit_name = more.entry->unit;
          stop += more.length;
        }
        out.actors.push_back(ActorSpan{i, stop, e.country, unit_name, false});
        j = stop;
        goto next;
      }
      if (t.tokens[k].kind != TokenKind::kWord) break;
      // "Salvadoran guerrilla forces": a state word of countries.tsv owns no other side's men.
      if (e.with_unit_only && unit.entry) break;
    }
    // "Russian and Ukrainian forces": the first demonym shares the unit of the second.
    if (e.kind == ActorKind::kDemonym && j < end && (t.lower[j] == "and" || t.lower[j] == ",")) {
      auto other = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, j + 1, end);
      if (other.entry && other.entry->kind == ActorKind::kDemonym) {
        const std::uint32_t u = j + 1 + other.length;
        auto unit = Gated(lex.actors, EventLexicon::kActorBit, mask, t.lower, u, end);
        if (unit.entry && unit.entry->kind == ActorKind::kUnit &&
            !(e.with_unit_only && unit.entry->voice)) {
          ActorSpan span{i, i + m.length, e.country, unit.entry->unit, false};
          span.unit_first = u;
          span.unit_end = u + unit.length;
          out.actors.push_back(std::move(span));
          j = i + m.length;
          goto next;
        }
      }
    }
    if (e.with_unit_only) {
      // A state word of countries.tsv with no force word ("the Salvadoran capital") is no side,
      // but one right before a strike from the air or by artillery or missiles names the
      // state's forces as ACLED codes them ("a Chilean air strike", "Peruvian shelling").
      if (e.kind == ActorKind::kDemonym && StateStrikeAt(lex, t, mask, i + m.length, end)) {
        out.actors.push_back(ActorSpan{i, i + m.length, e.country, "", true});
      }
    } else if (e.kind == ActorKind::kDemonym) {
      out.actors.push_back(ActorSpan{i, i + m.length, e.country, "", true});
    } else if (i + m.length >= end || t.tokens[i + m.length].kind != TokenKind::kPossessive) {
      out.actors.push_back(ActorSpan{i, i + m.length, e.country, "", false});
    }
    j = i + m.length;
  next:
    i = j;
  }
}

// "killing a woman and her two children", "killing four soldiers and one civilian": the victims
// a casualty verb lists, each with a count, are summed into the verb's figure (extended to the
// last of them). A count that is another casualty figure ("and 20 wounded"), part of a whole
// ("two of them") or a span of time ("and a day later") is no victim of the list.
void AddListedVictims(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                      std::uint32_t end, Figure& fig) {
  static const std::unordered_set<std::string_view> kNotVictims = {
      "of",     "day",  "days",  "week", "weeks", "hour", "hours", "month",
      "months", "year", "years", "time", "times", "half", "more",  "other"};
  constexpr std::uint32_t kNounReach = 4;  // the words of one victim's noun phrase
  std::uint32_t k = fig.end;
  long long total = fig.value;
  std::uint32_t last = fig.end;
  while (k < end) {
    std::uint32_t words = 0;
    while (k < end && words < kNounReach && t.tokens[k].kind == TokenKind::kWord &&
           t.lower[k] != "and") {
      ++k;
      ++words;
    }
    if (words == 0 || k + 1 >= end || t.lower[k] != "and") break;
    std::uint32_t n = k + 1;
    if (IsOwnerPronoun(t.lower[n])) ++n;
    auto next = FigureAt(lex, t, mask, n, end);
    if (!next || next->vague || next->end >= end) break;
    if (t.tokens[next->end].kind != TokenKind::kWord || kNotVictims.count(t.lower[next->end])) {
      break;
    }
    auto q = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, next->end, end);
    if (q.entry) break;  // "and 20 wounded", "and two hundred"
    total += next->value;
    last = next->end;
    k = next->end;
  }
  if (last == fig.end) return;
  fig.value = total;
  fig.end = last;
}

// A figure of a whole ("six members of the local council were killed"): an "of" within
// kOfWithin words of the casualty word lets the figure stand up to kOfReach words before it.
constexpr std::uint32_t kOfWithin = 6;
constexpr std::uint32_t kOfReach = 3;
// The most words a figure stands before a casualty word after an auxiliary, where the words
// between are a bare noun phrase ("three Ukrainian border guards were killed").
constexpr std::uint32_t kNounPhraseReach = 6;
// A noun before "of" that makes no count of people: "as a result of", "a number of".
bool NotAWhole(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {"result", "number",      "lot",
                                                              "part",   "consequence", "total"};
  return kWords.count(w) > 0;
}

// Where the apposition "including two children" or "among them a child" that the comma at
// `comma` closes opens (its opening comma), or `comma` if it closes none.
std::uint32_t AppositionOpen(const text::AnalysedText& t, std::uint32_t first,
                             std::uint32_t comma) {
  constexpr std::uint32_t kAppositionReach = 8;
  if (t.lower[comma] != ",") return comma;
  for (std::uint32_t j = comma; j > first && comma - j < kAppositionReach; --j) {
    const std::uint32_t w = j - 1;
    if (t.lower[w] == "including" ||
        (t.lower[w] == "among" && w + 1 < comma && t.lower[w + 1] == "them")) {
      return w > first && t.lower[w - 1] == "," ? w - 1 : comma;
    }
    if (t.tokens[w].kind == TokenKind::kPunct) return comma;
  }
  return comma;
}

// "Three soldiers and one civilian were killed", "a woman and her two children died": the
// victims listed before a casualty word, each with a count, are summed into the figure found
// last (extended to the first of them). The words of each victim are no casualty word and no
// verb ("4 were wounded and 2 killed" lists no victims).
void AddListedVictimsBefore(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                            std::uint32_t first, const std::vector<bool>& used, Figure& fig) {
  static const std::unordered_set<std::string_view> kVerbs = {"were", "was",  "are", "is",  "been",
                                                              "had",  "have", "has", "and", "of"};
  // "a house exploded and one civilian died": a verb in the past ends the list.
  auto verb = [&](std::uint32_t j) {
    return kVerbs.count(t.lower[j]) || (t.lower[j].size() > 4 && t.lower[j].ends_with("ed"));
  };
  constexpr std::uint32_t kNounReach = 4;
  std::uint32_t head = fig.first;
  if (head > first && IsOwnerPronoun(t.lower[head - 1])) --head;
  long long total = fig.value;
  std::uint32_t start = fig.first;
  while (head >= first + 2 && t.lower[head - 1] == "and") {
    const std::uint32_t p = head - 1;
    std::optional<Figure> found;
    for (std::uint32_t back = 1; back <= kNounReach + 1 && p >= first + back; ++back) {
      const std::uint32_t j = p - back;
      if (t.tokens[j].kind != TokenKind::kWord && t.tokens[j].kind != TokenKind::kNumber) break;
      if (used[j - first]) break;
      auto candidate = FigureAt(lex, t, mask, j, p);
      if (candidate && !candidate->vague && candidate->end < p) {
        found = candidate;
        break;
      }
      auto q = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, j, p);
      if ((q.entry && IsCasualtyKind(q.entry->kind)) || verb(j)) break;
    }
    // "between 5 and 8 people": a range, not a list.
    if (!found || (found->first > first && t.lower[found->first - 1] == "between")) break;
    total += found->value;
    start = found->first;
    head = found->first;
  }
  if (start == fig.first) return;
  fig.value = total;
  fig.first = start;
}

// One person told as the casualty word's subject or object, with no figure: "he was killed",
// "the pilot died", "her husband was found dead", "killed the school principal". The person is
// a singular pronoun, or a possessive or definite article, up to two words and a noun not in
// the plural, written small; the subject ends at the start of the clause, the object at its end
// or a preposition.
std::optional<Figure> OnePerson(const text::AnalysedText& t, std::uint32_t first, std::uint32_t end,
                                std::uint32_t word, std::uint32_t word_end, bool verb_like) {
  static const std::unordered_set<std::string_view> kDeterminers = {"the", "his", "her"};
  static const std::unordered_set<std::string_view> kPronouns = {"he", "she"};
  static const std::unordered_set<std::string_view> kAfterObject = {
      "in", "on", "at", "near", "with", "who", "and", "while", "during", "after", "when"};
  constexpr std::uint32_t kModifiers = 2;
  auto small_word = [&](std::uint32_t j) {
    return t.tokens[j].kind == TokenKind::kWord && !t.tokens[j].capitalised;
  };
  // Plurals: "-s", "-men" ("watchmen", "women"), and the irregular ones of people.
  static const std::unordered_set<std::string_view> kPlurals = {"people",    "children", "police",
                                                                "personnel", "staff",    "crew"};
  auto singular_noun = [&](std::uint32_t j) {
    const std::string& w = t.lower[j];
    return small_word(j) && !w.ends_with("s") && !w.ends_with("men") && !kPlurals.count(w) &&
           !kDeterminers.count(w);
  };
  auto clause_start = [&](std::uint32_t j) {
    return j == first || t.tokens[j - 1].kind == TokenKind::kPunct || t.lower[j - 1] == "and";
  };
  // The subject: "[the pilot] [was [found]] killed/dead", "[he] died".
  std::uint32_t p = word;
  if (p > first && (t.lower[p - 1] == "found")) --p;
  if (p > first && t.lower[p - 1] == "was") --p;
  const bool passive = p < word;
  if (p > first && (passive || t.lower[word].ends_with("ed") || t.lower[word] == "died")) {
    const std::uint32_t noun = p - 1;
    if (kPronouns.count(t.lower[noun]) && clause_start(noun)) {
      return Figure{noun, noun + 1, 1, false};
    }
    if (singular_noun(noun)) {
      for (std::uint32_t back = 1; back <= kModifiers + 1 && noun >= first + back; ++back) {
        const std::uint32_t d = noun - back;
        if (kDeterminers.count(t.lower[d])) {
          if (clause_start(d)) return Figure{d, noun + 1, 1, false};
          break;
        }
        if (!small_word(d)) break;
      }
    }
  }
  // The object: "killed [the school principal]".
  if (!verb_like || word_end >= end || !kDeterminers.count(t.lower[word_end])) return std::nullopt;
  for (std::uint32_t n = word_end + 1; n < end && n <= word_end + 1 + kModifiers; ++n) {
    if (!small_word(n)) return std::nullopt;
    const bool last = n + 1 >= end || t.tokens[n + 1].kind == TokenKind::kPunct ||
                      kAfterObject.count(t.lower[n + 1]);
    if (last) {
      if (!singular_noun(n)) return std::nullopt;
      return Figure{word_end, n + 1, 1, false};
    }
  }
  return std::nullopt;
}

void AnnotateCasualties(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                        std::uint32_t first, std::uint32_t end, Annotations& out) {
  const std::size_t begin_count = out.casualties.size();
  std::vector<bool> used(end - first, false);
  for (std::uint32_t k = first; k < end; ++k) {
    auto m = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, k, end);
    if (!m.entry || !IsCasualtyKind(m.entry->kind)) continue;
    const std::string& w = t.lower[k];
    // "shot dead two civilians": "dead" after "shot" is the verb's too.
    const bool verb_like = (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing"))) ||
                           (k > first && t.lower[k - 1] == "shot");
    std::optional<Figure> fig;
    // "killed 21 people", "wounding at least 5": the figure follows a verb.
    if (verb_like) {
      std::uint32_t j = k + m.length;
      for (int hops = 0; j < end && hops < 3; ++hops) {
        auto b = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, j, end);
        if (b.entry && b.entry->kind == QuantityKind::kBound) {
          j += b.length;
          continue;
        }
        break;
      }
      // "wounded his two sons": the owner before the figure is no part of it.
      if (j + 1 < end && IsOwnerPronoun(t.lower[j])) ++j;
      if (j < end && !used[j - first]) fig = FigureAt(lex, t, mask, j, end);
      if (fig && !fig->vague) AddListedVictims(lex, t, mask, end, *fig);
    }
    // "21 people were killed", "100 injured": the figure comes first.
    if (!fig) {
      // "Six members of the crew were killed": a figure of a whole ("of") reaches further back;
      // "Eight people, including two children, were killed": the figure is the head's, before
      // the apposition.
      std::uint32_t reach = 4, skipped = 0, of = k;
      for (std::uint32_t back = 1; back <= kOfWithin && k >= first + back; ++back) {
        if (t.tokens[k - back].kind == TokenKind::kPunct) break;
        if (t.lower[k - back] == "of") {
          reach = std::max(reach, back + kOfReach);
          of = k - back;
          break;
        }
      }
      // "Three Ukrainian border guards were killed": a longer noun phrase before the auxiliary.
      const bool auxiliary = k > first && (t.lower[k - 1] == "were" || t.lower[k - 1] == "was");
      if (of == k && auxiliary) reach = std::max(reach, kNounPhraseReach);
      auto bare_noun_phrase = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t n = from; n < to; ++n) {
          const std::string& w = t.lower[n];
          if (t.tokens[n].kind != TokenKind::kWord || w == "and" || w == "or" ||
              w.ends_with("ed") || w.ends_with("ing")) {
            return false;
          }
        }
        return true;
      };
      for (std::uint32_t back = 1; back <= reach + skipped && k >= first + back; ++back) {
        const std::uint32_t j = k - back;
        if (t.tokens[j].kind == TokenKind::kPunct) {
          const std::uint32_t open = AppositionOpen(t, first, j);
          if (open == j) break;
          skipped += j - open;
          back += j - open;
          continue;
        }
        if (used[j - first]) break;
        auto candidate = FigureAt(lex, t, mask, j, k);
        // Beyond the usual reach only the count of a whole stands: "six members of", "one
        // Dutch member of", never "as a result of" or "a number of".
        if (candidate && back - skipped > 4 && of < k &&
            (candidate->end + 2 < of || (candidate->end < of && NotAWhole(t.lower[of - 1])))) {
          candidate.reset();
        }
        if (candidate && back - skipped > 4 && of == k &&
            !bare_noun_phrase(candidate->end, k - 1)) {
          candidate.reset();
        }
        if (candidate && candidate->end <= k) {
          fig = candidate;
          // "one of the 12 passengers was killed": the figure before "of" is the part killed.
          if (j > of && of > first && !used[of - 1 - first]) {
            auto part = FigureAt(lex, t, mask, of - 1, of);
            if (part && part->end == of) fig = part;
          }
          AddListedVictimsBefore(lex, t, mask, first, used, *fig);
          // "between 5 and 8 people were killed": the lowest credible figure is the first.
          if (j >= first + 3 && t.lower[j - 1] == "and" && t.lower[j - 3] == "between") {
            auto low = FigureAt(lex, t, mask, j - 2, j - 1);
            if (low && low->value < fig->value) {
              fig = Figure{low->first, fig->end, low->value, false};
            }
          }
          break;
        }
        auto other = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, j, end);
        if (other.entry && IsCasualtyKind(other.entry->kind)) break;
      }
    }
    // "no injuries or fatalities", "without casualties": a figure of zero.
    if (!fig) {
      for (std::uint32_t back = 1; back <= 3 && k >= first + back; ++back) {
        const std::string& w = t.lower[k - back];
        if (w == "no" || w == "without" || w == "zero") {
          fig = Figure{k - back, k, 0, false};
          break;
        }
        if (t.tokens[k - back].kind == TokenKind::kPunct) break;
      }
    }
    if (!fig) fig = OnePerson(t, first, end, k, k + m.length, verb_like);
    if (!fig) continue;
    for (std::uint32_t j = fig->first; j < fig->end; ++j) used[j - first] = true;
    CasualtySpan c;
    c.first = std::min(fig->first, k);
    c.end = std::max(fig->end, k + m.length);
    c.what = m.entry->kind;
    c.count = static_cast<int>(fig->value);
    c.vague = fig->vague;
    out.casualties.push_back(c);
  }
  // "The death toll rose to 15", "a toll of at least 15": the figure a toll is given, after a
  // verb of its rise or a linking word, within the clause ("the toll from the strike on the
  // market rose to 15"). Whether it is one act's toll or a running total is the frames' call.
  static const std::unordered_set<std::string_view> kTollLinks = {
      "to", "at", "of", "reached", "hit", "passed", "exceeded", "topped", "is", "was"};
  constexpr std::uint32_t kTollReach = 14;
  for (std::uint32_t k = first; k < end; ++k) {
    if (t.lower[k] != "toll") continue;
    for (std::uint32_t j = k + 1; j < end && j <= k + kTollReach; ++j) {
      if (t.lower[j] == ";" || t.lower[j] == "toll") break;
      if (used[j - first]) break;
      std::uint32_t link = j;  // the word before the figure, bounds ("at least") skipped
      for (std::uint32_t back = 1; back <= 3 && j >= k + 1 + back; ++back) {
        auto b = Gated(lex.quantities, EventLexicon::kQuantityBit, mask, t.lower, j - back, end);
        if (b.entry && b.entry->kind == QuantityKind::kBound && b.length == back) {
          link = j - back;
          break;
        }
      }
      if (link <= k + 1 || !kTollLinks.count(t.lower[link - 1])) continue;
      auto fig = FigureAt(lex, t, mask, j, end);
      if (!fig || fig->vague) continue;
      CasualtySpan c;
      c.first = k > first && t.lower[k - 1] == "death" ? k - 1 : k;
      c.end = fig->end;
      c.what = QuantityKind::kKilled;
      c.count = static_cast<int>(fig->value);
      c.toll = true;
      out.casualties.push_back(c);
      break;
    }
  }
  // The spans are read by position.
  std::stable_sort(out.casualties.begin() + static_cast<std::ptrdiff_t>(begin_count),
                   out.casualties.end(),
                   [](const CasualtySpan& x, const CasualtySpan& y) { return x.first < y.first; });
}

// The source of an attribution: the nearest actor, else the nearest run of capitalised words.
void FindSource(const text::AnalysedText& t, const Annotations& out, std::size_t actors_begin,
                std::uint32_t from, std::uint32_t to, bool backwards, bool cased,
                AttributionSpan& a) {
  // Actors of this sentence lie in out.actors[actors_begin, ...).
  int best = -1;
  for (std::size_t n = actors_begin; n < out.actors.size(); ++n) {
    const ActorSpan& s = out.actors[n];
    if (s.bare_demonym || s.first < from || s.end > to) continue;
    if (best < 0 || (backwards ? s.first > out.actors[best].first
                               : s.first < out.actors[best].first)) {
      best = static_cast<int>(n);
    }
  }
  if (best >= 0) {
    a.source_actor = best;
    a.source_first = out.actors[best].first;
    a.source_end = out.actors[best].end;
    return;
  }
  if (!cased) return;  // where every word has a capital, a run of them is no name
  // A run of capitalised words ("Olena Petrenko", "UNIAN"), skipping pronouns and days.
  auto capital = [&](std::uint32_t i) {
    return t.tokens[i].kind == TokenKind::kWord && t.tokens[i].capitalised &&
           !IsPronounOrFunction(t.lower[i]);
  };
  if (backwards) {
    for (std::uint32_t i = to; i > from; --i) {
      if (!capital(i - 1)) continue;
      std::uint32_t begin = i - 1;
      while (begin > from && capital(begin - 1)) --begin;
      a.source_first = begin;
      a.source_end = i;
      return;
    }
  } else {
    std::uint32_t last_begin = to;
    std::uint32_t last_end = to;
    for (std::uint32_t i = from; i < to; ++i) {
      if (!capital(i)) continue;
      std::uint32_t stop = i;
      while (stop < to && capital(stop)) ++stop;
      last_begin = i;
      last_end = stop;
      break;
    }
    if (last_begin < to) {
      a.source_first = last_begin;
      a.source_end = last_end;
    }
  }
}

void AnnotateAttributions(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                          std::uint32_t first, std::uint32_t end, std::size_t actors_begin,
                          bool cased, Annotations& out) {
  for (std::uint32_t k = first; k < end;) {
    auto m = Gated(lex.attributions, EventLexicon::kAttributionBit, mask, t.lower, k, end);
    if (!m.entry || NameLike(t, k, first, cased)) {
      ++k;
      continue;
    }
    AttributionSpan a;
    a.cue_first = k;
    a.cue_end = k + m.length;
    a.claim = m.entry->claim;
    a.accusation = m.entry->kind == AttributionKind::kAccuse;
    const bool verb = m.entry->kind == AttributionKind::kVerb || a.accusation;
    a.source_first = a.source_end = k;
    const bool coordinated = k > first && (t.lower[k - 1] == "and" || t.lower[k - 1] == "but");
    // "denied reports that", "dismissed claims that": a speech word right after a denial is the
    // thing denied; who denies it is no source of what it tells.
    const auto denial = k > first ? lex.modalities.LongestAt(t.lower, k - 1, k)
                                  : decltype(lex.modalities.LongestAt(t.lower, k, k)){};
    if (verb && denial.entry && denial.entry->modality == ModalityClass::kDenial) {
      // no source
    } else if (verb && coordinated) {
      // "X claimed ..., but said ...": the subject of the first verb.
      if (!out.attributions.empty() && t.tokens[out.attributions.back().cue_first].sentence ==
                                           t.tokens[k].sentence) {
        const AttributionSpan& prev = out.attributions.back();
        a.source_first = prev.source_first;
        a.source_end = prev.source_end;
        a.source_actor = prev.source_actor;
      }
    } else if (verb) {
      // The subject is the run of words that ends at the verb ("..., the regional governor
      // said", "Ukraine's military also said"): an actor in it, a name in it, else the run
      // itself. A run of pronouns ("he said") names no source.
      std::uint32_t run_end = k;
      while (run_end > first && !t.tokens[run_end - 1].capitalised &&
             IsSpeechFiller(t.lower[run_end - 1])) {
        --run_end;
      }
      std::uint32_t run_begin = run_end;
      while (run_begin > first && run_end - run_begin < 8 &&
             t.tokens[run_begin - 1].kind != TokenKind::kPunct &&
             t.lower[run_begin - 1] != "that" && !EndsSpeakerRun(t.lower[run_begin - 1])) {
        --run_begin;
      }
      // The run's last word is its head: a pronoun there ("officials said he", "what he") is
      // no speaker the text names.
      const bool named = run_begin < run_end &&
                         t.tokens[run_end - 1].kind != TokenKind::kPunct &&
                         !IsPronounOrFunction(t.lower[run_end - 1]) &&
                         !EndsSpeakerRun(t.lower[run_end - 1]);
      if (named) {
        FindSource(t, out, actors_begin, run_begin, run_end, /*backwards=*/true, cased, a);
        if (a.source_first == a.source_end) {
          a.source_first = run_begin;
          a.source_end = run_end;
        }
      }
      // Inverted: ', said the army', '" said Ivanov'; never after an accusation (", accusing
      // Kyiv of": the name after it is the accused).
      const bool after_punct = k > first && t.tokens[k - 1].kind == TokenKind::kPunct;
      if (a.source_first == a.source_end && after_punct && !a.accusation) {
        std::uint32_t to = a.cue_end;
        while (to < end && to - a.cue_end < 6 && t.tokens[to].kind != TokenKind::kPunct) ++to;
        FindSource(t, out, actors_begin, a.cue_end, to, /*backwards=*/false, cased, a);
        if (a.source_first > a.cue_end + 2) a.source_first = a.source_end = k;
      }
      // Else the subject before a parenthesis ("Ivanov, an adviser to the minister, said"): up
      // to 10 tokens back, not past "that" or another cue. Not for an accusation: in "police
      // held ten people, accusing them of", the nearest name back is the accused.
      if (a.source_first == a.source_end && run_begin == run_end && after_punct && !a.accusation) {
        std::uint32_t from = k;
        while (from > first && k - from < 10) {
          const std::string& w = t.lower[from - 1];
          if (w == "that" || w == ";" || w == "\"" || w == "according") break;
          --from;
        }
        FindSource(t, out, actors_begin, from, k, /*backwards=*/true, cased, a);
      }
    } else {
      std::uint32_t to = a.cue_end;
      while (to < end && to - a.cue_end < 8 && t.tokens[to].kind != TokenKind::kPunct) ++to;
      FindSource(t, out, actors_begin, a.cue_end, to, /*backwards=*/false, cased, a);
    }
    out.attributions.push_back(a);
    k = a.cue_end;
  }
}

void AnnotateModality(const EventLexicon& lex, const text::AnalysedText& t, const Mask& mask,
                      std::uint32_t first, std::uint32_t end, bool cased, Annotations& out) {
  bool question = false;
  for (std::uint32_t k = first; k < end; ++k) question = question || t.lower[k] == "?";
  if (question) {
    out.modalities.push_back(
        ModalitySpan{first, end, ModalityClass::kQuestion, ModalityScope::kSentence});
  }
  for (std::uint32_t k = first; k < end;) {
    auto m = Gated(lex.modalities, EventLexicon::kModalityBit, mask, t.lower, k, end);
    if (m.entry && !(m.length == 1 && NameLike(t, k, first, cased))) {
      out.modalities.push_back(ModalitySpan{k, k + m.length, m.entry->modality, m.entry->scope});
      k += m.length;
      continue;
    }
    // "didn't", "won't": the contraction stays inside one word token.
    if (t.lower[k].size() > 3 && t.lower[k].ends_with("n't")) {
      out.modalities.push_back(
          ModalitySpan{k, k + 1, ModalityClass::kNegation, ModalityScope::kNext});
    }
    ++k;
  }
}

}  // namespace

Annotations Annotate(const EventLexicon& lexicon, const text::AnalysedText& t) {
  Annotations out;
  out.clause.assign(t.tokens.size(), 0);
  Mask mask(t.tokens.size(), 0);
  for (std::size_t i = 0; i < t.tokens.size() && i < t.lower.size(); ++i) {
    if (t.tokens[i].kind == TokenKind::kPunct && t.lower[i] != "?") continue;
    auto it = lexicon.first_tokens.find(t.lower[i]);
    if (it != lexicon.first_tokens.end()) mask[i] = it->second;
  }
  const double document_share =
      CapitalShare(t, 0, static_cast<std::uint32_t>(t.tokens.size())).first;
  std::uint32_t last_clause = 0;
  for (const text::Sentence& s : t.sentences) {
    std::uint32_t clause = ++last_clause;
    const bool cased = CapitalsMarkNames(t, s, document_share);
    // An aside set off by commas ("Russian forces, backed by separatists, shelled X") is a clause
    // of its own, and the clause it interrupts goes on after it: its subject is the verb's.
    std::uint32_t aside_close = 0;
    std::uint32_t resume = 0;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const bool boundary = (t.tokens[i].kind == TokenKind::kPunct && IsClausePunct(t.lower[i])) ||
                            (t.tokens[i].kind == TokenKind::kWord && IsClauseWord(t.lower[i]));
      if (boundary && i > s.first_token) {
        if (i == aside_close) {
          clause = resume;
          aside_close = 0;
        } else {
          if (aside_close == 0) {
            if (std::uint32_t close = AsideClose(t, i, s.end_token); close != 0) {
              aside_close = close;
              resume = clause;
            }
          }
          clause = ++last_clause;
        }
      }
      out.clause[i] = clause;
    }
    // Triggers: longest match; 'block' phrases hide the triggers inside them.
    for (std::uint32_t i = s.first_token; i < s.end_token;) {
      auto m = Gated(lexicon.triggers, EventLexicon::kTriggerBit, mask, t.lower, i, s.end_token);
      if (!m.entry) {
        ++i;
        continue;
      }
      // A one-word trigger written with a capital inside a sentence is a name ("Shell"), and so
      // is one after a capitalised word or before a number ("Eastern Mine", "Mine 4"), or one in
      // a list of names ("Acme, Shell and Zenith").
      const bool name =
          m.length == 1 && NameLike(t, i, s.first_token, cased) &&
          (i + 1 >= s.end_token || t.tokens[i + 1].capitalised ||
           t.tokens[i + 1].kind == TokenKind::kWord || t.tokens[i + 1].kind == TokenKind::kNumber ||
           (i > s.first_token && t.tokens[i - 1].kind == TokenKind::kWord &&
            t.tokens[i - 1].capitalised) ||
           (i > s.first_token + 1 && t.lower[i - 1] == "," &&
            t.tokens[i - 2].kind == TokenKind::kWord && t.tokens[i - 2].capitalised));
      if (m.entry->trigger_class == TriggerClass::kGathering) {
        // "members of a party gathered in X, demanding ...": a gathering with a protest's
        // purpose later in its sentence.
        for (std::uint32_t j = i + m.length; j < s.end_token; ++j) {
          if (lexicon.protest_purposes.LongestAt(t.lower, j, s.end_token).entry) {
            out.triggers.push_back(TriggerSpan{i, i + m.length, &lexicon.gathering_protest});
            break;
          }
        }
      } else if (m.entry->trigger_class != TriggerClass::kBlock && !name) {
        out.triggers.push_back(TriggerSpan{i, i + m.length, m.entry});
      }
      i += m.length;
    }
    const std::size_t actors_begin = out.actors.size();
    AnnotateActors(lexicon, t, mask, s.first_token, s.end_token, out);
    AnnotateCasualties(lexicon, t, mask, s.first_token, s.end_token, out);
    AnnotateAttributions(lexicon, t, mask, s.first_token, s.end_token, actors_begin, cased, out);
    AnnotateModality(lexicon, t, mask, s.first_token, s.end_token, cased, out);
  }
  return out;
}

}  // namespace sitrep::events
