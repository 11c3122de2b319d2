// The time matcher: one left-to-right pass over each sentence's tokens with hash lookups into
// the TimeTables, then a few merges over the expressions of the sentence (ranges, nights,
// "since ..."). Resolution happens as expressions are found, so an anchored phrase ("a day
// after") sees the date in focus at its position in the text.
#include "time/time_expressions.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::time {
namespace {

using text::TokenKind;

// A matched expression with what the merges need to know about it.
struct Found {
  TimeExpression expr;
  int weekday = -1;          // the weekday named, for ranges of weekdays
  bool day_range = false;    // "13-14 April": a range inside one expression
  bool counts_for_focus = false;
  // "a day after" / "two days before" (a focus-clause phrase): the signed days from the day
  // named in the clause it opens, when that clause names one.
  std::optional<int> clause_days;
  // Counted from the day in focus while no day of the text was in focus (see Run).
  bool unanchored = false;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Splits "14.04.2022" on one kind of separator; empty if the separators are mixed.
std::vector<std::string_view> SplitNumber(std::string_view s, char* separator) {
  std::vector<std::string_view> parts;
  *separator = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' || c == '/' || c == '-') {
      if (*separator != 0 && *separator != c) return {};
      *separator = c;
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    } else if (c < '0' || c > '9') {
      return {};
    }
  }
  parts.push_back(s.substr(start));
  for (auto p : parts) {
    if (p.empty()) return {};
  }
  return parts;
}

class Matcher {
 public:
  Matcher(const text::AnalysedText& text, const Date& published, const TimeTables& tables)
      : t_(text), tab_(tables), pub_(published), focus_(published), word_(text.tokens.size()) {
    if (auto it = tab_.phrases.find("<n>"); it != tab_.phrases.end()) count_phrases_ = &it->second;
  }

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> out;
    for (const auto& sentence : t_.sentences) {
      if (sentence.skip) continue;
      sb_ = sentence.first_token;
      listed_.reset();
      se_ = std::min<std::uint32_t>(sentence.end_token, static_cast<std::uint32_t>(t_.tokens.size()));
      for (std::uint32_t k = sb_; k < se_; ++k) {
        auto it = tab_.words.find(t_.lower[k]);
        word_[k] = it == tab_.words.end() ? nullptr : &it->second;
      }
      std::vector<Found> found;
      std::uint32_t i = sb_;
      while (i < se_) {
        std::optional<Found> f = MatchAt(i);
        if (!f) {
          ++i;
          continue;
        }
        i = f->expr.end_token;
        // "since Monday" opens a span (see MergeSentence): not a day in focus.
        const bool after_since = f->expr.first_token > sb_ && Is(f->expr.first_token - 1, "since");
        if (f->counts_for_focus && !after_since && !f->unanchored) {
          focus_ = f->expr.date;
          focus_in_text_ = true;
        }
        found.push_back(std::move(*f));
      }
      if (found.empty()) continue;
      MergeSentence(&found);
      for (auto& f : found) {
        // "earlier this month" on the 2nd: ACLED's 15th would date the act after its report;
        // the coded day of a past span goes no later than publication.
        if (f.expr.kind == TimeKind::kSpan && !f.expr.future && f.expr.date > pub_ &&
            f.expr.range_first <= pub_) {
          f.expr.date = pub_;
        }
        f.expr.historic = !f.expr.future && !f.expr.open_span &&
                          f.expr.range_last.ToDays() < pub_.ToDays() - kHistoricHorizon;
        if (NamesItsYear(f.expr)) story_.push_back({f.expr.range_first, f.expr.range_last});
        if (f.counts_for_focus && !f.expr.open_span && f.expr.precision == 1) {
          focus_ = f.expr.date;
          focus_in_text_ = true;
        }
        out.push_back(f.expr);
      }
    }
    return out;
  }

 private:
  // ---- token tests -------------------------------------------------------------------------
  std::string_view Lower(std::uint32_t i) const { return t_.lower[i]; }
  // What the tables say about token i of the current sentence, or null.
  const TimeWord* W(std::uint32_t i) const { return word_[i]; }
  bool In(std::uint32_t i) const { return i >= sb_ && i < se_; }
  bool Is(std::uint32_t i, std::string_view word) const { return In(i) && Lower(i) == word; }
  bool IsAny(std::uint32_t i, std::initializer_list<std::string_view> words) const {
    if (!In(i)) return false;
    for (auto w : words) {
      if (Lower(i) == w) return true;
    }
    return false;
  }
  // A word of two letters or more written in capitals ("TODAY", not "Today" or "A").
  bool InCapitals(std::uint32_t i) const {
    const std::string_view w = t_.TokenText(i);
    return w.size() >= 2 &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  bool IsPunct(std::uint32_t i, char c) const {
    return In(i) && t_.tokens[i].kind == TokenKind::kPunct && t_.TokenText(i) == std::string_view(&c, 1);
  }
  // No space between token i and the next.
  bool Touches(std::uint32_t i) const {
    return i + 1 < t_.tokens.size() && t_.tokens[i].end == t_.tokens[i + 1].begin;
  }

  std::optional<int> DayNumber(std::uint32_t i) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kNumber) return std::nullopt;
    const auto s = t_.TokenText(i);
    if (s.size() > 2 || !AllDigits(s)) return std::nullopt;
    const int v = ToInt(s);
    if (v < 1 || v > 31) return std::nullopt;
    return v;
  }
  // "5th", "21st", or an ordinal word ("fifth") when `words` is set.
  std::optional<int> Ordinal(std::uint32_t i, bool words) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kWord) return std::nullopt;
    const auto s = Lower(i);
    if (s.size() >= 3 && s.size() <= 4) {
      const auto digits = s.substr(0, s.size() - 2);
      const auto suffix = s.substr(s.size() - 2);
      if (AllDigits(digits) && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
        const int v = ToInt(digits);
        if (v >= 1 && v <= 31) return v;
      }
    }
    if (words && W(i) != nullptr && W(i)->has_ordinal) return W(i)->ordinal;
    return std::nullopt;
  }
  std::optional<int> Year(std::uint32_t i) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kNumber) return std::nullopt;
    const auto s = t_.TokenText(i);
    if (s.size() != 4 || !AllDigits(s)) return std::nullopt;
    const int v = ToInt(s);
    if (v < 1900 || v > 2100) return std::nullopt;
    return v;
  }
  // A count before a unit: "3", "two", "a".
  std::optional<int> Count(std::uint32_t i) const {
    if (!In(i)) return std::nullopt;
    if (t_.tokens[i].kind == TokenKind::kNumber) {
      const auto s = t_.TokenText(i);
      if (s.size() <= 3 && AllDigits(s)) return ToInt(s);
      return std::nullopt;
    }
    if (W(i) != nullptr && W(i)->has_cardinal) return W(i)->cardinal;
    return std::nullopt;
  }
  // A capitalised month name at i; *end is past it and a following "." of an abbreviation.
  std::optional<int> Month(std::uint32_t i, std::uint32_t* end) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kWord || !t_.tokens[i].capitalised) {
      return std::nullopt;
    }
    const TimeWord* w = W(i);
    if (w == nullptr || w->month == 0) return std::nullopt;
    *end = i + 1;
    // "Jan.", "Sept.": the full stop of an abbreviation (not "in June." ending a sentence).
    if (!w->month_full_name && IsPunct(i + 1, '.') && Touches(i)) *end = i + 2;
    return w->month;
  }
  bool IsContextMonth(std::uint32_t i) const { return W(i) != nullptr && W(i)->context_month; }
  std::optional<int> Weekday(std::uint32_t i) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kWord || !t_.tokens[i].capitalised) {
      return std::nullopt;
    }
    if (W(i) == nullptr || W(i)->weekday < 0) return std::nullopt;
    return W(i)->weekday;
  }
  // "Saturday-Sunday" written as one word: the two weekdays.
  bool IsWeekdayPair(std::uint32_t i, int* first, int* second) const {
    if (!In(i) || !t_.tokens[i].capitalised) return false;
    const std::string& w = t_.lower[i];
    const auto dash = w.find('-');
    if (dash == std::string::npos || dash == 0) return false;
    auto a = tab_.weekdays.find(w.substr(0, dash));
    if (a == tab_.weekdays.end()) return false;
    auto b = tab_.weekdays.find(w.substr(dash + 1));
    if (b == tab_.weekdays.end()) return false;
    if (first != nullptr) *first = a->second;
    if (second != nullptr) *second = b->second;
    return true;
  }
  bool IsNightWord(std::uint32_t i) const {
    if (!In(i)) return false;
    return W(i) != nullptr && W(i)->night;
  }
  bool IsPartOfDay(std::uint32_t i) const { return In(i) && W(i) != nullptr && W(i)->part_of_day; }
  // First token of the sentence, ignoring opening quotes and brackets.
  bool StartsSentence(std::uint32_t i) const {
    for (std::uint32_t k = sb_; k < i; ++k) {
      if (t_.tokens[k].kind != TokenKind::kPunct) return false;
    }
    return true;
  }

  // The tense nearest to tokens [first, end) in the sentence: a marker of time_tense.tsv, or a
  // word ending in "-ed" as a weak past. Markers beyond a clause boundary ("confirmed on Tuesday
  // that France will ...": the "will" is the reported clause's) count only when the day's own
  // clause has none.
  Tense TenseNear(std::uint32_t first, std::uint32_t end) const {
    for (const bool within_clause : {true, false}) {
      bool blocked[2] = {false, false};
      for (std::uint32_t d = 1; d < 40; ++d) {
        for (int side = 0; side < 2; ++side) {
          std::int64_t k = side == 0 ? static_cast<std::int64_t>(first) - d
                                     : static_cast<std::int64_t>(end) - 1 + d;
          if (k < sb_ || k >= se_ || blocked[side]) continue;
          const auto idx = static_cast<std::uint32_t>(k);
          const TimeWord* word = W(idx);
          if (within_clause && word != nullptr && word->clause_boundary) {
            blocked[side] = true;
            continue;
          }
          if (t_.tokens[idx].kind != TokenKind::kWord) continue;
          if (word != nullptr && word->has_tense) return word->tense;
          const auto w = Lower(idx);
          if (w.size() >= 5 && w.ends_with("ed") && !t_.tokens[idx].capitalised) {
            return Tense::kPast;
          }
        }
        if (first < sb_ + d && end - 1 + d >= se_) break;
      }
    }
    return Tense::kUnknown;
  }

  // ---- building expressions ----------------------------------------------------------------
  Found Day(std::uint32_t first, std::uint32_t end, TimeKind kind, const Date& date,
            Tense tense = Tense::kUnknown) const {
    Found f;
    f.expr.first_token = first;
    f.expr.end_token = end;
    f.expr.kind = kind;
    f.expr.date = date;
    f.expr.range_first = date;
    f.expr.range_last = date;
    f.expr.precision = 1;
    f.expr.future = date > pub_ || (tense == Tense::kFuture && date >= pub_);
    f.counts_for_focus = true;
    return f;
  }
  Found Span(std::uint32_t first, std::uint32_t end, const DaySpan& span, int precision,
             bool points_ahead = false) const {
    Found f;
    f.expr.first_token = first;
    f.expr.end_token = end;
    f.expr.kind = TimeKind::kSpan;
    f.expr.date = span.coded;
    f.expr.range_first = span.first;
    f.expr.range_last = span.last;
    f.expr.precision = precision;
    f.expr.future = points_ahead || span.first > pub_;
    return f;
  }

  // ---- matchers ----------------------------------------------------------------------------
  std::optional<Found> MatchAt(std::uint32_t i) {
    // Most tokens open nothing: one lookup rules them out.
    const auto kind = t_.tokens[i].kind;
    if (kind == TokenKind::kPunct || kind == TokenKind::kPossessive) return std::nullopt;
    if (kind == TokenKind::kWord) {
      const auto& w = t_.lower[i];
      if (!(w[0] >= '0' && w[0] <= '9') && !w.starts_with("mid-") &&
          !(W(i) != nullptr && W(i)->starter) && !IsWeekdayPair(i, nullptr, nullptr)) {
        return std::nullopt;
      }
    }
    if (auto f = MatchNumericDate(i)) return f;
    if (auto f = MatchListedDay(i)) return f;
    if (auto f = MatchDayMonth(i)) {
      // "March 10": a list may follow ("and 12"); see MatchListedDay.
      std::uint32_t month_end = 0;
      listed_.reset();
      if (f->expr.precision == 1 && Month(f->expr.first_token, &month_end)) {
        listed_ = Listed{f->expr.date.year, f->expr.date.month, f->expr.end_token};
      }
      return f;
    }
    if (auto f = MatchMonth(i)) return f;
    if (auto f = MatchWeekday(i)) return f;
    if (auto f = MatchPhrase(i)) return f;
    if (auto f = MatchOrdinalAlone(i)) return f;
    if (auto f = MatchPastYear(i)) return f;
    return std::nullopt;
  }

  // "in 2014", "during 2015", "the lesson of 2014": a whole year long before publication.
  // Found only to mark what it governs as background (historic): a year dates no incident of
  // the news.
  std::optional<Found> MatchPastYear(std::uint32_t i) const {
    const auto year = Year(i);
    if (!year || i == 0 || !IsAny(i - 1, {"in", "during", "of"})) return std::nullopt;
    const Date first{*year, 1, 1}, last{*year, 12, 31};
    if (last.ToDays() >= pub_.ToDays() - kHistoricHorizon) return std::nullopt;
    return Span(i - 1, i + 1, MakeSpan(first, last), 3);
  }

  // Whether an expression names its own year and at most a month ("6 May 2016", "May 2016",
  // "2016-05-06"; not "in 2016" or "since 2016"): a day or days of a story the text tells.
  bool NamesItsYear(const TimeExpression& x) const {
    if (x.future || x.open_span || x.range_last.ToDays() - x.range_first.ToDays() > 31) {
      return false;
    }
    const int y = x.range_first.year;
    const char digits[4] = {static_cast<char>('0' + y / 1000 % 10),
                            static_cast<char>('0' + y / 100 % 10),
                            static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10)};
    for (std::uint32_t k = x.first_token; k < x.end_token; ++k) {
      // "2016", or a numeric date that writes it in full ("06.05.2016", "2016-05-06").
      if (t_.TokenText(k).find(std::string_view(digits, 4)) != std::string_view::npos) return true;
    }
    return false;
  }

  // A day named without its year, read against publication as `read`, in a story the text
  // dates to an earlier year: "On 6 May 2016 ... On 8 May" is 8 May 2016, not of the
  // publication's year. The story's year is taken when a day or month the text named with its
  // year (earlier in the text) runs up to kStoryDays before the day in that year, while the
  // publication's reading is no recent news (more than kRecentDays before publication) and has
  // no such day of its own; or when it lies inside days the text named with that year.
  Date StoryYear(const Date& read, int month, int day) const {
    constexpr int kStoryDays = 31;
    constexpr int kRecentDays = 7;
    if (story_.empty()) return read;
    auto told = [](const StoryDays& s, const Date& d) {
      return s.first <= d && d.ToDays() <= s.last.ToDays() + kStoryDays;
    };
    // "On 6-8 August 2016 ... on the night of 7-8 August": a day inside the very days (a run of
    // a week at most, not a month) the text named with an earlier year is of that year, however
    // recent its reading.
    constexpr int kRunDays = 7;
    for (auto it = story_.rbegin(); it != story_.rend(); ++it) {
      const int year = it->first.year;
      const int run = it->last.ToDays() - it->first.ToDays();
      if (year >= read.year || run == 0 || run > kRunDays || !IsValidDate(year, month, day)) {
        continue;
      }
      const Date d{year, month, day};
      if (it->first <= d && d <= it->last) return d;
    }
    if (read.ToDays() >= pub_.ToDays() - kRecentDays) return read;
    for (const StoryDays& s : story_) {
      if (told(s, read)) return read;
    }
    for (auto it = story_.rbegin(); it != story_.rend(); ++it) {
      const int year = it->first.year;
      if (year >= read.year || !IsValidDate(year, month, day)) continue;
      if (told(*it, Date{year, month, day})) return Date{year, month, day};
    }
    return read;
  }

  // "14.04.2022", "04/14/2022", "2022-03-02", "20220302T101500Z".
  std::optional<Found> MatchNumericDate(std::uint32_t i) const {
    if (!In(i) || t_.tokens[i].kind == TokenKind::kPunct) return std::nullopt;
    const auto s = t_.TokenText(i);
    if (s.size() < 3 || s[0] < '0' || s[0] > '9') return std::nullopt;
    if (t_.tokens[i].kind == TokenKind::kWord) {
      auto d = ParseIsoDate(s);
      if (!d) return std::nullopt;
      return Day(i, i + 1, TimeKind::kAbsolute, *d);
    }
    char sep = 0;
    auto parts = SplitNumber(s, &sep);
    if (parts.size() == 2) return MatchNumericDayMonth(i, parts, sep);
    if (parts.size() != 3) return std::nullopt;
    if (parts[0].size() == 4) {
      auto d = ParseIsoDate(s);
      if (sep != '-' || !d) return std::nullopt;
      return Day(i, i + 1, TimeKind::kAbsolute, *d);
    }
    if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
    int year = 0;
    if (parts[2].size() == 4) year = ToInt(parts[2]);
    else if (parts[2].size() == 2) year = 2000 + ToInt(parts[2]);
    else return std::nullopt;
    const int a = ToInt(parts[0]);
    const int b = ToInt(parts[1]);
    const bool day_first = IsValidDate(year, b, a);
    const bool month_first = IsValidDate(year, a, b);
    Date date;
    if (day_first && month_first && a != b) {
      // Both readings exist: "." is the European day-first style; otherwise the reading nearer
      // to publication wins, a day after publication counting double.
      const Date d1{year, b, a}, d2{year, a, b};
      auto cost = [&](const Date& d) {
        const int delta = d.ToDays() - pub_.ToDays();
        return delta > 0 ? 2 * delta : -delta;
      };
      date = (sep == '.' || cost(d1) <= cost(d2)) ? d1 : d2;
    } else if (day_first) {
      date = Date{year, b, a};
    } else if (month_first) {
      date = Date{year, a, b};
    } else {
      return std::nullopt;
    }
    return Day(i, i + 1, TimeKind::kAbsolute, date);
  }

  // "March 10, 11 and 12": a bare day right after a month-first day and "," or "and" is a day
  // of that month. Only before punctuation, a year, a part of the day or a word that cannot be
  // counted ("on March 10 and 12 soldiers died" is a count).
  std::optional<Found> MatchListedDay(std::uint32_t i) {
    if (!listed_ || !DayNumber(i)) return std::nullopt;
    std::uint32_t k = listed_->end;
    if (IsPunct(k, ',')) ++k;
    if (Is(k, "and")) ++k;
    if (k != i || k == listed_->end) return std::nullopt;
    std::uint32_t end = i + 1;
    std::optional<int> year;
    if (IsPunct(end, ',') && Year(end + 1)) {
      year = Year(end + 1);
      end += 2;
    } else if (Year(end)) {
      year = Year(end);
      ++end;
    }
    const bool follower_ok =
        !In(end) || t_.tokens[end].kind == TokenKind::kPunct || IsPartOfDay(end) ||
        IsAny(end, {"and", "in", "at", "near", "when", "as", "while", "respectively"});
    if (!follower_ok) return std::nullopt;
    const int y = year.value_or(listed_->year);
    const int d = *DayNumber(i);
    if (!IsValidDate(y, listed_->month, d)) return std::nullopt;
    listed_->end = end;
    return Day(i, end, TimeKind::kAbsolute, Date{y, listed_->month, d}, TenseNear(i, end));
  }

  // "on 14.04", "since 4/14": a day and month without a year. Only after a preposition that
  // rarely precedes an amount ("rose to 12.05 percent"), with a two-digit second part for ".",
  // since "1.5 million" and "3/4 of" are numbers. "." is the European day-first style; "/" takes
  // the reading nearer to publication.
  std::optional<Found> MatchNumericDayMonth(std::uint32_t i,
                                            const std::vector<std::string_view>& parts,
                                            char sep) const {
    if (sep != '.' && sep != '/') return std::nullopt;
    if (i == sb_ || !IsAny(i - 1, {"on", "since", "until", "till"})) return std::nullopt;
    if (IsPunct(i + 1, '%') || IsAny(i + 1, {"percent", "per", "%"})) return std::nullopt;
    if (parts[0].size() > 2 || parts[1].size() > 2 || (sep == '.' && parts[1].size() != 2)) {
      return std::nullopt;
    }
    const int a = ToInt(parts[0]);
    const int b = ToInt(parts[1]);
    const Tense tense = TenseNear(i, i + 1);
    Date day_first, month_first;
    const bool df =
        a >= 1 && a <= 31 && b >= 1 && b <= 12 && InferYear(pub_, b, a, tense, &day_first);
    const bool mf = sep == '/' && a >= 1 && a <= 12 && b >= 1 && b <= 31 &&
                    InferYear(pub_, a, b, tense, &month_first);
    if (!df && !mf) return std::nullopt;
    auto distance = [&](const Date& d) { return std::abs(d.ToDays() - pub_.ToDays()); };
    const Date date =
        df && (!mf || distance(day_first) <= distance(month_first)) ? day_first : month_first;
    return Day(i, i + 1, TimeKind::kAbsolute, date, tense);
  }

  // "10, 11 and 12 March": the days of a list are days each (ACLED: one event per day with
  // activity), not a range; true when the day at i opens such a list, *month_at its month.
  bool OpensDayList(std::uint32_t i, std::uint32_t* month_at) const {
    if (i > sb_ && Is(i - 1, "between")) return false;  // "between 10 and 12 March": a range
    std::uint32_t k = i + 1;
    for (int items = 1; items < 8; ++items) {
      if (IsPunct(k, ',')) {
        ++k;
        if (Is(k, "and")) ++k;
      } else if (Is(k, "and")) {
        ++k;
      } else {
        return false;
      }
      if (!DayNumber(k) && !Ordinal(k, false)) return false;
      ++k;
      if (Is(k, "of")) ++k;
      std::uint32_t end = 0;
      if (Month(k, &end)) {
        *month_at = k;
        return true;
      }
    }
    return false;
  }

  // A day or day range before a month: "14", "5th", "fifth", "13-14", "1 to 3".
  bool DayBeforeMonth(std::uint32_t i, int* d1, int* d2, std::uint32_t* next) const {
    if (auto d = DayNumber(i)) {
      *d1 = *d2 = *d;
      *next = i + 1;
    } else if (auto o = Ordinal(i, true)) {
      *d1 = *d2 = *o;
      *next = i + 1;
    } else if (In(i) && t_.tokens[i].kind == TokenKind::kNumber) {
      char sep = 0;
      auto parts = SplitNumber(t_.TokenText(i), &sep);
      if (sep != '-' || parts.size() != 2 || parts[0].size() > 2 || parts[1].size() > 2) return false;
      *d1 = ToInt(parts[0]);
      *d2 = ToInt(parts[1]);
      if (*d1 < 1 || *d1 > 31 || *d2 < 1 || *d2 > 31 || *d2 <= *d1) return false;
      *next = i + 1;
      return true;
    } else {
      return false;
    }
    // "1 to 3 March", "1 and 3 March", "1-3": a second day.
    std::uint32_t k = *next;
    if (IsAny(k, {"to", "until", "till", "through"}) || IsPunct(k, '-') ||
        (Is(k, "and") && i > sb_ && Is(i - 1, "between"))) {
      auto d = DayNumber(k + 1);
      if (!d) d = Ordinal(k + 1, false);
      std::uint32_t month_end;
      const std::uint32_t after = Is(k + 2, "of") ? k + 3 : k + 2;
      if (d && *d > *d1 && Month(after, &month_end)) {
        *d2 = *d;
        *next = k + 2;
      }
    }
    return true;
  }

  // Resolves day(s) + month + optional year into an expression over [first, end).
  std::optional<Found> ResolveDayMonth(std::uint32_t first, std::uint32_t end, int d1, int d2,
                                       int month, std::optional<int> year) const {
    const Tense tense = TenseNear(first, end);
    Date a;
    if (year) {
      if (!IsValidDate(*year, month, d1)) return std::nullopt;
      a = Date{*year, month, d1};
    } else if (!InferYear(pub_, month, d1, tense, &a)) {
      return std::nullopt;
    } else {
      a = StoryYear(a, month, d1);
    }
    if (d2 == d1) return Day(first, end, TimeKind::kAbsolute, a, tense);
    if (!IsValidDate(a.year, month, d2)) return std::nullopt;
    Found f = Span(first, end, MakeSpan(a, Date{a.year, month, d2}), 2);
    f.day_range = true;
    return f;
  }

  // "[the] 14[th] [of] April [2022]", "April 14[,] [2022]", "Apr. 14", "13-14 April".
  std::optional<Found> MatchDayMonth(std::uint32_t i) const {
    std::uint32_t j = i;
    if (Is(j, "the") && (DayNumber(j + 1) || Ordinal(j + 1, true))) ++j;
    int d1 = 0, d2 = 0;
    std::uint32_t k = 0;
    if (std::uint32_t month_at = 0; OpensDayList(j, &month_at)) {
      const int d = DayNumber(j) ? *DayNumber(j) : *Ordinal(j, false);
      std::uint32_t end = 0;
      const int month = *Month(month_at, &end);
      std::optional<int> year = Year(end);
      if (!year && IsPunct(end, ',')) year = Year(end + 1);
      return ResolveDayMonth(i, j + 1, d, d, month, year);
    }
    if (DayBeforeMonth(j, &d1, &d2, &k)) {
      const bool word_ordinal = !DayNumber(j) && Ordinal(j, false) == std::nullopt &&
                                t_.tokens[j].kind == TokenKind::kWord;
      if (Is(k, "of")) ++k;
      else if (word_ordinal) return std::nullopt;  // "first March" is not a date; "first of March" is
      std::uint32_t end = 0;
      auto month = Month(k, &end);
      if (!month) return std::nullopt;
      std::optional<int> year;
      if (auto y = Year(end)) {
        year = y;
        ++end;
      } else if (IsPunct(end, ',') && Year(end + 1)) {
        year = Year(end + 1);
        end += 2;
      }
      return ResolveDayMonth(i, end, d1, d2, *month, year);
    }
    // Month first.
    std::uint32_t end = 0;
    auto month = Month(i, &end);
    if (!month) return std::nullopt;
    std::uint32_t k2 = end;
    if (Is(k2, "the") && Ordinal(k2 + 1, true)) ++k2;
    int e1 = 0, e2 = 0;
    if (auto d = DayNumber(k2)) {
      e1 = e2 = *d;
    } else if (auto o = Ordinal(k2, false)) {
      e1 = e2 = *o;
    } else if (In(k2) && t_.tokens[k2].kind == TokenKind::kNumber) {
      char sep = 0;
      auto parts = SplitNumber(t_.TokenText(k2), &sep);
      if (sep != '-' || parts.size() != 2 || parts[0].size() > 2 || parts[1].size() > 2) {
        return std::nullopt;
      }
      e1 = ToInt(parts[0]);
      e2 = ToInt(parts[1]);
      if (e1 < 1 || e2 > 31 || e2 <= e1) return std::nullopt;
    } else {
      return std::nullopt;
    }
    end = k2 + 1;
    // "March 1 to 3".
    if (e1 == e2 && IsAny(end, {"to", "through", "until"})) {
      if (auto d = DayNumber(end + 1); d && *d > e1 && !Month(end + 2, &k2)) {
        e2 = *d;
        end += 2;
      }
    }
    std::optional<int> year;
    if (IsPunct(end, ',') && Year(end + 1)) {
      year = Year(end + 1);
      end += 2;
    } else if (auto y = Year(end)) {
      year = y;
      ++end;
    }
    return ResolveDayMonth(i, end, e1, e2, *month, year);
  }

  // A month without a day: "in March", "early March", "mid-March", "March 2022", "last March".
  std::optional<Found> MatchMonth(std::uint32_t i) const {
    if (!In(i) || t_.tokens[i].kind != TokenKind::kWord) return std::nullopt;
    int edge = 0;
    std::uint32_t first = i;
    std::uint32_t end = 0;
    std::optional<int> month;
    bool cued = false;
    const auto w = Lower(i);
    if (w.starts_with("mid-")) {
      // "mid-March" is one token; the month part must be capitalised.
      auto it = tab_.months.find(std::string(w.substr(4)));
      const auto raw = t_.TokenText(i);
      if (it == tab_.months.end() || raw.size() <= 4 || raw[4] < 'A' || raw[4] > 'Z') {
        return std::nullopt;
      }
      month = it->second;
      end = i + 1;
      cued = true;
    } else {
      month = Month(i, &end);
      if (!month) return std::nullopt;
    }
    // Look back over the cue words: "in early", "the end of", "late", "mid", "last".
    bool last = false, next = false;
    if (In(i - 1) && i > sb_) {
      std::uint32_t p = i - 1;
      if (Is(p, "of") && p > sb_ && IsAny(p - 1, {"end", "beginning", "start", "middle"})) {
        edge = Is(p - 1, "end") ? 1 : Is(p - 1, "middle") ? 0 : -1;
        first = p - 1;
        if (first > sb_ && Is(first - 1, "the")) --first;
        cued = true;
      } else if (IsPunct(p, '-') && p > sb_ && Is(p - 1, "mid")) {
        first = p - 1;
        cued = true;
      } else if (W(p) != nullptr && W(p)->has_month_cue) {
        cued = true;
        if (IsAny(p, {"early", "late", "mid"})) {
          edge = W(p)->month_cue;
          first = p;
        } else if (Is(p, "last")) {
          last = true;
          first = p;
        } else if (Is(p, "next")) {
          next = true;
          first = p;
        } else if (Is(p, "this")) {
          first = p;
        }
      }
    }
    std::optional<int> year;
    if (auto y = Year(end)) {
      year = y;
      ++end;
    } else if (IsPunct(end, ',') && Year(end + 1)) {
      year = Year(end + 1);
      end += 2;
    }
    if (!cued && !year) return std::nullopt;
    // "by May", "for May": too weak a cue for a month name that is also an English word.
    if (!year && IsContextMonth(i) && first == i && i > sb_ && IsAny(i - 1, {"of", "by", "for"})) {
      return std::nullopt;
    }
    const Tense tense = TenseNear(first, end);
    int y = 0;
    if (year) y = *year;
    else if (last) y = *month >= pub_.month ? pub_.year - 1 : pub_.year;
    else if (next) y = *month <= pub_.month ? pub_.year + 1 : pub_.year;
    else y = InferMonthYear(pub_, *month, tense);
    return Span(first, end, CalendarMonth(y, *month, edge), 3,
                next || (tense == Tense::kFuture && Date{y, *month, 1} >= Date{pub_.year, pub_.month, 1}));
  }

  // "on Tuesday", "last Tuesday", "Tuesday night", "Tuesday of last week", "Tuesday, 1 March".
  std::optional<Found> MatchWeekday(std::uint32_t i) {
    int wd1 = 0, wd2 = 0;
    if (IsWeekdayPair(i, &wd1, &wd2)) {
      // "the night of Saturday-Sunday": the first day; otherwise the two-day range.
      const Tense tense = TenseNear(i, i + 1);
      const Date last = tense == Tense::kFuture ? WeekdayOnOrAfter(pub_, wd2)
                                                : WeekdayOnOrBefore(pub_, wd2);
      const Date first_day = WeekdayOnOrBefore(last.AddDays(-1), wd1);
      std::uint32_t night_start = 0;
      if (NightBefore(i, &night_start)) {
        Found f = Day(night_start, i + 1, TimeKind::kWeekday, first_day, tense);
        return f;
      }
      Found f = Span(i, i + 1, MakeSpan(first_day, last), 2, tense == Tense::kFuture);
      return f;
    }
    std::uint32_t first = i;
    std::uint32_t w = i;
    enum { kPlain, kLast, kThis, kNext } modifier = kPlain;
    if (IsAny(i, {"last", "this", "next", "past"}) && Weekday(i + 1)) {
      modifier = Is(i, "next") ? kNext : Is(i, "this") ? kThis : kLast;
      w = i + 1;
    }
    auto weekday = Weekday(w);
    if (!weekday) return std::nullopt;
    std::uint32_t end = w + 1;
    // "The Sunday Times", "the Monday Club": a name, not a day.
    if (modifier == kPlain && w > sb_ && Is(w - 1, "the") && In(end) &&
        t_.tokens[end].kind == TokenKind::kWord && t_.tokens[end].capitalised &&
        !(W(end) != nullptr && W(end)->month != 0)) {
      return std::nullopt;
    }
    // "Tuesday, 1 March 2022" / "Tuesday March 1": the date decides.
    {
      std::uint32_t k = IsPunct(end, ',') ? end + 1 : end;
      if (auto f = MatchDayMonth(k)) {
        f->expr.first_token = first;
        return f;
      }
      if (auto f = MatchNumericDate(k)) {
        f->expr.first_token = first;
        return f;
      }
    }
    if (t_.tokens.size() > end && In(end) && t_.tokens[end].kind == TokenKind::kPossessive) {
      // "Tuesday's strike": the span is the weekday alone.
    } else if (IsPartOfDay(end)) {
      ++end;
    }
    // "Tuesday of last week", "Tuesday last week", "Tuesday next week".
    int week_shift = 0;
    {
      std::uint32_t k = Is(end, "of") ? end + 1 : end;
      if (Is(k, "last") && Is(k + 1, "week")) {
        week_shift = -1;
        end = k + 2;
      } else if (Is(k, "next") && Is(k + 1, "week")) {
        week_shift = 1;
        end = k + 2;
      }
    }
    const Tense tense = TenseNear(first, end);
    Date date;
    bool ahead = false;
    if (week_shift != 0) {
      date = MondayOf(pub_).AddDays(7 * week_shift + *weekday);
      ahead = week_shift > 0;
    } else if (modifier == kLast) {
      date = WeekdayBefore(pub_, *weekday);
    } else if (modifier == kNext) {
      date = WeekdayAfter(pub_, *weekday);
      ahead = true;
    } else if (tense == Tense::kFuture) {
      date = WeekdayOnOrAfter(pub_, *weekday);
      ahead = true;
    } else {
      date = WeekdayOnOrBefore(pub_, *weekday);
    }
    Found f = Day(first, end, TimeKind::kWeekday, date, ahead ? Tense::kFuture : tense);
    f.weekday = *weekday;
    return f;
  }

  // Phrases of time_relative.tsv, longest first.
  std::optional<Found> MatchPhrase(std::uint32_t i) const {
    if (!In(i)) return std::nullopt;
    const RelativePhrase* best = nullptr;
    int best_count = 1;
    // The first word of every phrase of `list` is known to match, counting `first_count`.
    auto try_list = [&](const std::vector<RelativePhrase>& list, int first_count) {
      for (const auto& phrase : list) {
        if (best && best->words.size() >= phrase.words.size()) break;
        int count = first_count;
        bool ok = true;
        for (std::size_t k = 1; k < phrase.words.size() && ok; ++k) {
          const auto idx = i + static_cast<std::uint32_t>(k);
          if (!In(idx)) {
            ok = false;
          } else if ((phrase.count_words >> k) & 1) {
            auto c = Count(idx);
            if (c) count = *c;
            else ok = false;
          } else {
            ok = t_.lower[idx] == phrase.words[k];
          }
        }
        if (ok) {
          best = &phrase;
          best_count = count;
          break;
        }
      }
    };
    if (auto it = tab_.phrases.find(t_.lower[i]); it != tab_.phrases.end()) try_list(it->second, 1);
    if (auto c = Count(i); c && count_phrases_ != nullptr) try_list(*count_phrases_, *c);
    if (!best) return std::nullopt;
    auto end = i + static_cast<std::uint32_t>(best->words.size());
    // "yesterday morning", "two days ago in the evening" stay the same day.
    if (best->unit == PhraseUnit::kDay && best->base == PhraseBase::kPublished &&
        IsPartOfDay(end) && !Is(end - 1, "night") && !Is(end - 1, "tonight")) {
      ++end;
    }
    // "Russia Today", "USA Today", "the Today programme", "Radio 4's Today": a capitalised
    // "Today" inside a sentence after a capitalised word, an article or a possessive is a name.
    // In text written in capitals ("EXPLODED TODAY IN") a word in capitals before it says
    // nothing (there "USA TODAY" reads as the day: only an article or a possessive tells).
    if (best->words.size() == 1 && best->words[0] == "today" && t_.tokens[i].capitalised &&
        !StartsSentence(i) && i > sb_ &&
        ((t_.tokens[i - 1].capitalised && !(InCapitals(i) && InCapitals(i - 1))) ||
         t_.tokens[i - 1].kind == TokenKind::kPossessive ||
         IsAny(i - 1, {"the", "a"}))) {
      return std::nullopt;
    }
    if (best->soft) {
      std::uint32_t k = IsAny(end, {"into", "on", "to", "of", "before"}) ? end + 1 : end;
      if (Weekday(k) || (IsAny(k, {"last", "this"}) && Weekday(k + 1))) return std::nullopt;
      std::uint32_t e;
      if (MatchDayMonth(k) || (Month(k, &e) && DayNumber(e))) return std::nullopt;
    }
    const int n = best->offset * best_count;
    const Tense tense = TenseNear(i, end);
    switch (best->unit) {
      case PhraseUnit::kDay: {
        if (best->base == PhraseBase::kPublished) {
          Found f = Day(i, end, TimeKind::kRelative, pub_.AddDays(n));
          f.expr.precision = best->precision;
          f.counts_for_focus = best->precision == 1;
          return f;
        }
        int shift = n;
        if (best->base == PhraseBase::kFocusClause && !StartsSentence(i)) shift = -n;
        Found f = Day(i, end, TimeKind::kRelative, focus_.AddDays(shift));
        f.expr.anchored = true;
        f.unanchored = !focus_in_text_;
        if (best->base == PhraseBase::kFocusClause) f.clause_days = n;
        f.expr.precision = best->precision;
        f.counts_for_focus = best->precision == 1;
        return f;
      }
      case PhraseUnit::kWeek: {
        const Date& reference = best->base == PhraseBase::kPublished ? pub_ : focus_;
        return Span(i, end, WeekSpan(reference, best->offset), best->precision, best->offset > 0);
      }
      case PhraseUnit::kWeekend: {
        int offset = best->offset;
        if (offset == 0 && tense == Tense::kFuture && pub_.Weekday() < 5) offset = 1;
        return Span(i, end, WeekendSpan(pub_, offset), best->precision, offset > 0);
      }
      case PhraseUnit::kMonth: {
        DaySpan span = MonthSpan(best->base == PhraseBase::kPublished ? pub_ : focus_, n);
        std::uint32_t first = i;
        // "early last month", "late this month": ACLED's first / last day of the month.
        if (i > sb_ && IsAny(i - 1, {"early", "late"})) {
          first = i - 1;
          span = CalendarMonth(span.first.year, span.first.month, Is(i - 1, "early") ? -1 : 1);
        }
        return Span(first, end, span, best->precision, n > 0);
      }
      case PhraseUnit::kRecent:
        return Span(i, end, MakeSpan(pub_.AddDays(-n), pub_), best->precision);
      case PhraseUnit::kOpen: {
        Found f = Span(i, end, {pub_, pub_, pub_}, 3);
        f.expr.open_span = true;
        return f;
      }
    }
    return std::nullopt;
  }

  // "on the 5th": a day of the publication month (or the month before, for a past day).
  std::optional<Found> MatchOrdinalAlone(std::uint32_t i) const {
    if (!Is(i, "the") || i == sb_ || !IsAny(i - 1, {"on", "since", "by", "until", "till"})) {
      return std::nullopt;
    }
    auto d = Ordinal(i + 1, false);
    if (!d) return std::nullopt;
    const std::uint32_t end = i + 2;
    // "on the 5th floor": an ordinal before a noun is not a day.
    if (In(end) && t_.tokens[end].kind == TokenKind::kWord && !IsPartOfDay(end) &&
        !t_.tokens[end].capitalised && !IsAny(end, {"and", "when", "as", "after", "before"})) {
      return std::nullopt;
    }
    const Tense tense = TenseNear(i - 1, end);
    int year = pub_.year, month = pub_.month;
    // A past day after today's date is last month's; "the 30th" in March is January's.
    const bool back = *d > pub_.day && tense != Tense::kFuture;
    for (int step = 0; step < 2 && (step == 0 ? back : !IsValidDate(year, month, *d)); ++step) {
      if (--month == 0) {
        month = 12;
        --year;
      }
    }
    if (!IsValidDate(year, month, *d)) return std::nullopt;
    return Day(i, end, TimeKind::kAbsolute, Date{year, month, *d}, tense);
  }

  // ---- merges over one sentence ------------------------------------------------------------
  // True when the words before `first` say "night": "the night of", "overnight from", "night
  // from"; *start is where that wording begins.
  bool NightBefore(std::uint32_t first, std::uint32_t* start) const {
    std::uint32_t k = first;
    if (k > sb_ && IsAny(k - 1, {"of", "from", "between"})) --k;
    if (k > sb_ && IsAny(k - 1, {"night", "nights", "overnight"})) {
      --k;
      if (k > sb_ && Is(k - 1, "the")) --k;
      if (k > sb_ && IsAny(k - 1, {"on", "in", "during", "overnight"})) --k;
      *start = k;
      return true;
    }
    return false;
  }

  void MergeSentence(std::vector<Found>* found) const {
    auto& v = *found;
    // Ranges of two expressions: "between Saturday and Monday", "from 1 March to 3 March",
    // "Saturday to Monday", "the night of Saturday to Sunday".
    for (std::size_t a = 0; a + 1 < v.size(); ++a) {
      auto& e1 = v[a].expr;
      auto& e2 = v[a + 1].expr;
      if (e2.first_token != e1.end_token + 1 || e1.open_span || e2.open_span) continue;
      const std::uint32_t c = e1.end_token;
      const bool opened = e1.first_token > sb_ && IsAny(e1.first_token - 1, {"between", "from"});
      const bool joins = IsAny(c, {"to", "until", "till", "through", "into"}) || IsPunct(c, '-') ||
                         (Is(c, "and") && opened);
      if (!joins) continue;
      if (e1.precision > 1 || e2.precision > 1) continue;
      // A weekday before another day is the last such weekday before it.
      if (v[a].weekday >= 0) {
        e1.date = WeekdayOnOrBefore(e2.date.AddDays(-1), v[a].weekday);
        e1.range_first = e1.range_last = e1.date;
      }
      std::uint32_t night_start = e1.first_token;
      // "the night of Saturday to Sunday", "Saturday night into Sunday".
      const bool night = NightBefore(e1.first_token, &night_start) || IsNightWord(e1.end_token - 1);
      TimeExpression merged = e1;
      merged.end_token = e2.end_token;
      if (night) {
        merged.first_token = night_start;
      } else {
        merged.first_token = opened ? e1.first_token - 1 : e1.first_token;
        const DaySpan span = MakeSpan(e1.date, e2.date);
        merged.kind = TimeKind::kSpan;
        merged.date = span.coded;
        merged.range_first = span.first;
        merged.range_last = span.last;
        merged.precision = 2;
        merged.future = span.first > pub_ || (e1.future && e2.future);
      }
      v[a].expr = merged;
      v[a].weekday = -1;
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(a) + 1);
    }
    // "A day after the attack on 4 April": the phrase counts from the day its clause names.
    for (std::size_t a = 0; a + 1 < v.size(); ++a) {
      if (!v[a].clause_days) continue;
      const auto& next = v[a + 1].expr;
      if (next.precision != 1 || next.anchored || next.open_span) continue;
      bool comma = false;
      for (std::uint32_t k = v[a].expr.end_token; k < next.first_token; ++k) {
        comma = comma || IsPunct(k, ',') || IsPunct(k, ';');
      }
      if (comma) continue;
      v[a].expr.date = v[a].expr.range_first = v[a].expr.range_last =
          next.date.AddDays(*v[a].clause_days);
      v[a].expr.future = v[a].expr.date > pub_;
      v[a].unanchored = false;
    }
    for (auto& f : v) {
      auto& e = f.expr;
      std::uint32_t night_start = 0;
      if (f.day_range && NightBefore(e.first_token, &night_start)) {
        // "the night of 13-14 April": the first date.
        e.first_token = night_start;
        e.kind = TimeKind::kAbsolute;
        e.date = e.range_last = e.range_first;
        e.precision = 1;
        e.future = e.date > pub_;
      } else if (e.kind == TimeKind::kSpan && e.first_token > sb_ &&
                 IsAny(e.first_token - 1, {"between", "from"}) && e.range_first != e.range_last) {
        --e.first_token;
      } else if (NightBefore(e.first_token, &night_start) && e.precision == 1) {
        e.first_token = night_start;  // "overnight into Wednesday": the day named
      }
      // "since 24 February", "since Monday": an open span up to publication.
      if (!e.open_span && e.first_token > sb_ && Is(e.first_token - 1, "since")) {
        --e.first_token;
        e.open_span = true;
        e.kind = TimeKind::kSpan;
        e.date = e.range_first;
        e.range_last = pub_;
        e.precision = 3;
        e.future = false;
        e.anchored = false;
      }
      // Absorb a leading "on" / "early" / "late" / "early on" into the span.
      if (!e.open_span && e.first_token > sb_ && IsAny(e.first_token - 1, {"on", "early", "late"})) {
        --e.first_token;
        if (e.first_token > sb_ && IsAny(e.first_token - 1, {"early", "late"})) --e.first_token;
      }
      // "The next day, ..." with no day before it: counted from publication, it cannot be later
      // than publication in a report of the past.
      if (f.unanchored && e.date > pub_ &&
          TenseNear(e.first_token, e.end_token) != Tense::kFuture) {
        e.date = e.range_first = e.range_last = pub_;
        e.precision = std::max(e.precision, 2);
        e.future = false;
        f.counts_for_focus = false;
      }
      if (!e.open_span && !e.future) ApplyHedges(&e);
    }
  }

  // "around 14 April", "14 April (month of)": the day stays, its precision drops.
  void ApplyHedges(TimeExpression* e) const {
    for (const Hedge& hedge : tab_.hedges) {
      const auto n = static_cast<std::uint32_t>(hedge.words.size());
      if (!hedge.after && e->first_token < sb_ + n) continue;
      // "asked around Tuesday's vote": a possessive day is a determiner, not the time of the act.
      if (!hedge.after && In(e->end_token) &&
          t_.tokens[e->end_token].kind == TokenKind::kPossessive) {
        continue;
      }
      const std::uint32_t at = hedge.after ? e->end_token : e->first_token - n;
      bool match = true;
      for (std::uint32_t k = 0; k < n && match; ++k) match = Is(at + k, hedge.words[k]);
      if (!match) continue;
      e->precision = std::max(e->precision, hedge.precision);
      if (hedge.after)
        e->end_token = at + n;
      else
        e->first_token = at;
    }
  }

  const text::AnalysedText& t_;
  const TimeTables& tab_;
  Date pub_;
  Date focus_;
  bool focus_in_text_ = false;  // focus_ is a day of the text, not the publication date
  // The month-first day just matched in this sentence, for the days listed after it.
  struct Listed {
    int year = 0;
    int month = 0;
    std::uint32_t end = 0;  // token after it (after the last listed day once one is read)
  };
  std::optional<Listed> listed_;
  // The days or months the text named with their year so far, in text order (see StoryYear).
  struct StoryDays {
    Date first;
    Date last;
  };
  std::vector<StoryDays> story_;
  std::uint32_t sb_ = 0;
  std::uint32_t se_ = 0;
  std::vector<const TimeWord*> word_;  // per token of the current sentence; see W
  const std::vector<RelativePhrase>* count_phrases_ = nullptr;  // the phrases opening with "<n>"
};

}  // namespace

std::vector<TimeExpression> Annotate(const text::AnalysedText& text, const Date& published,
                                     const TimeTables& tables) {
  if (text.lower.size() != text.tokens.size()) return {};
  return Matcher(text, published, tables).Run();
}

}  // namespace sitrep::time
