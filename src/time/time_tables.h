// The lexical knowledge of the time stage, read once per Model from data/time_*.tsv.
#ifndef SITREP_TIME_TIME_TABLES_H_
#define SITREP_TIME_TIME_TABLES_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/status.h"
#include "time/calendar.h"

namespace sitrep::time {

// What a relative phrase ("yesterday", "last week", "two days later") is counted from.
enum class PhraseBase : unsigned char {
  kPublished,  // the publication date
  kFocus,      // the date in focus (the last resolved day of the preceding text)
  // The date in focus, but the phrase introduces a clause ("came a day after X happened"): X is
  // `offset` days before the focus; at the start of a sentence ("A day after the attack, ...")
  // the main clause is `offset` days after it.
  kFocusClause,
};

// The calendar unit a relative phrase counts in.
enum class PhraseUnit : unsigned char {
  kDay,      // offset days
  kWeek,     // calendar week (Monday-Sunday) `offset` from the publication week
  kWeekend,  // see WeekendSpan
  kMonth,    // calendar month `offset` from the publication month
  kRecent,   // the last `offset` days up to publication ("in recent days")
  kOpen,     // "since the war began": an open span up to publication, start unknown
};

struct RelativePhrase {
  std::vector<std::string> words;  // lower case; "<n>" stands for a count ("two", "3", "a")
  std::uint32_t count_words = 0;   // bit k set when words[k] is "<n>"
  PhraseBase base = PhraseBase::kPublished;
  PhraseUnit unit = PhraseUnit::kDay;
  int offset = 0;     // per count unit when the phrase has a "<n>"
  int precision = 1;  // ACLED time_precision
  bool soft = false;  // yields to a following day ("overnight into Wednesday")
};

// A phrase that makes the day it touches approximate: "around 14 April" (before the day),
// "14 April (month of)" (after it).
struct Hedge {
  std::vector<std::string> words;  // lower-case tokens
  bool after = false;              // follows the day rather than preceding it
  int precision = 2;               // the precision it lowers the day to
};

// Everything the tables say about one lower-case word, so the matcher looks each token up once.
struct TimeWord {
  int month = 0;  // 1-12 for a month name, else 0
  bool context_month = false;
  bool month_full_name = false;
  int weekday = -1;  // 0-6 for a weekday name
  bool has_ordinal = false;
  int ordinal = 0;
  bool has_cardinal = false;
  int cardinal = 0;
  bool part_of_day = false;
  bool night = false;  // a part of the day that may cross midnight
  bool has_month_cue = false;
  int month_cue = 0;
  bool has_tense = false;
  Tense tense = Tense::kUnknown;
  bool clause_boundary = false;
  bool starter = false;  // see TimeTables::starters
};

struct TimeTables {
  std::unordered_map<std::string, int> months;  // "march" -> 3, "sept" -> 9
  std::unordered_set<std::string> context_months;  // "may", "march": need a cue or a number
  std::unordered_set<std::string> month_full_names;  // the longest name of each month
  std::unordered_map<std::string, int> weekdays;   // "tuesday" -> 1
  std::unordered_map<std::string, int> ordinals;   // "fifth" -> 5
  std::unordered_map<std::string, int> cardinals;  // "two" -> 2, "a" -> 1
  std::unordered_map<std::string, bool> parts_of_day;  // "night" -> true (may cross midnight)
  std::unordered_map<std::string, int> month_cues;     // "in" -> 0, "early" -> -1, "late" -> +1
  std::unordered_map<std::string, Tense> tense_markers;
  std::unordered_set<std::string> clause_boundaries;  // "that", ";": a tense marker beyond is
                                                      // another clause's
  // Relative phrases by their first word ("<n>" for those starting with a count), longest first.
  std::unordered_map<std::string, std::vector<RelativePhrase>> phrases;
  std::vector<Hedge> hedges;  // longest first

  // Every lower-case word that can open an expression: the matcher's one-lookup pre-filter.
  std::unordered_set<std::string> starters;
  // The tables above merged by word (built by Load from them).
  std::unordered_map<std::string, TimeWord> words;

  // Reads data_dir/time_{months,weekdays,ordinals,cardinals,parts_of_day,cues,tense,
  // relative,hedges}.tsv. A missing file is kNotFound, a malformed row kDataError naming file and
  // line.
  static Result<TimeTables> Load(const std::string& data_dir);
};

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIME_TABLES_H_
