#include "time/time_tables.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include "lexicon/tsv.h"

namespace sitrep::time {
namespace {

Status RowError(const std::string& file, const lexicon::TsvRow& row, const std::string& why) {
  std::string text;
  for (const auto& field : row) text += (text.empty() ? "" : "\\t") + field;
  return Status(StatusCode::kDataError, file + ": " + why + ": \"" + text + "\"");
}

bool ParseInt(const std::string& s, int* out) {
  const char* begin = s.data();
  if (!s.empty() && s[0] == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// Reads a table of `word<TAB>integer[<TAB>...]` rows into `map`, calling `extra` on each row.
template <typename Extra>
Status ReadIntTable(const std::string& path, std::unordered_map<std::string, int>* map,
                    Extra extra) {
  auto rows = lexicon::ReadTsv(path, 2);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    int value = 0;
    if (!ParseInt(row[1], &value)) return RowError(path, row, "not a number");
    (*map)[row[0]] = value;
    extra(row);
  }
  return Status::Ok();
}

std::vector<std::string> SplitWords(const std::string& phrase) {
  std::vector<std::string> words;
  std::istringstream in(phrase);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

}  // namespace

Result<TimeTables> TimeTables::Load(const std::string& data_dir) {
  TimeTables t;
  const std::string dir = data_dir + "/";
  SITREP_RETURN_IF_ERROR(ReadIntTable(dir + "time_months.tsv", &t.months, [&](const auto& row) {
    if (row.size() > 2 && row[2] == "context") t.context_months.insert(row[0]);
  }));
  SITREP_RETURN_IF_ERROR(ReadIntTable(dir + "time_weekdays.tsv", &t.weekdays, [](const auto&) {}));
  SITREP_RETURN_IF_ERROR(ReadIntTable(dir + "time_ordinals.tsv", &t.ordinals, [](const auto&) {}));
  SITREP_RETURN_IF_ERROR(
      ReadIntTable(dir + "time_cardinals.tsv", &t.cardinals, [](const auto&) {}));
  for (const auto& [word, value] : t.months) {
    if (value < 1 || value > 12) return Status(StatusCode::kDataError, "bad month: " + word);
  }
  for (const auto& [word, value] : t.weekdays) {
    if (value < 0 || value > 6) return Status(StatusCode::kDataError, "bad weekday: " + word);
  }

  {
    const std::string path = dir + "time_parts_of_day.tsv";
    auto rows = lexicon::ReadTsv(path, 1);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) t.parts_of_day[row[0]] = row.size() > 1 && row[1] == "night";
  }
  {
    const std::string path = dir + "time_cues.tsv";
    auto rows = lexicon::ReadTsv(path, 1);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) {
      int edge = 0;
      if (row.size() > 1) {
        if (row[1] == "first") edge = -1;
        else if (row[1] == "last") edge = 1;
        else if (row[1] == "mid") edge = 0;
        else return RowError(path, row, "edge must be first, last or mid");
      }
      t.month_cues[row[0]] = edge;
    }
  }
  {
    const std::string path = dir + "time_tense.tsv";
    auto rows = lexicon::ReadTsv(path, 2);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) {
      if (row[1] == "past") t.tense_markers[row[0]] = Tense::kPast;
      else if (row[1] == "future") t.tense_markers[row[0]] = Tense::kFuture;
      else if (row[1] == "boundary") t.clause_boundaries.insert(row[0]);
      else return RowError(path, row, "tense must be past, future or boundary");
    }
  }
  {
    const std::string path = dir + "time_relative.tsv";
    auto rows = lexicon::ReadTsv(path, 5);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) {
      RelativePhrase phrase;
      phrase.words = SplitWords(row[0]);
      if (phrase.words.empty()) return RowError(path, row, "empty phrase");
      if (phrase.words.size() > 32) return RowError(path, row, "phrase of more than 32 words");
      for (std::size_t k = 0; k < phrase.words.size(); ++k) {
        if (phrase.words[k] == "<n>") phrase.count_words |= std::uint32_t{1} << k;
      }
      if (row[1] == "published") phrase.base = PhraseBase::kPublished;
      else if (row[1] == "focus") phrase.base = PhraseBase::kFocus;
      else if (row[1] == "focus-clause") phrase.base = PhraseBase::kFocusClause;
      else return RowError(path, row, "base must be published, focus or focus-clause");
      if (row[2] == "day") phrase.unit = PhraseUnit::kDay;
      else if (row[2] == "week") phrase.unit = PhraseUnit::kWeek;
      else if (row[2] == "weekend") phrase.unit = PhraseUnit::kWeekend;
      else if (row[2] == "month") phrase.unit = PhraseUnit::kMonth;
      else if (row[2] == "recent") phrase.unit = PhraseUnit::kRecent;
      else if (row[2] == "open") phrase.unit = PhraseUnit::kOpen;
      else return RowError(path, row, "unknown unit");
      if (!ParseInt(row[3], &phrase.offset)) return RowError(path, row, "offset not a number");
      if (!ParseInt(row[4], &phrase.precision) || phrase.precision < 1 || phrase.precision > 3) {
        return RowError(path, row, "precision must be 1, 2 or 3");
      }
      phrase.soft = row.size() > 5 && row[5] == "soft";
      t.phrases[phrase.words[0]].push_back(std::move(phrase));
    }
    for (auto& [first, list] : t.phrases) {
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.words.size() > b.words.size();
      });
    }
  }
  {
    const std::string path = dir + "time_hedges.tsv";
    auto rows = lexicon::ReadTsv(path, 3);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) {
      Hedge hedge;
      hedge.words = SplitWords(row[0]);
      if (hedge.words.empty()) return RowError(path, row, "empty phrase");
      if (row[1] == "after")
        hedge.after = true;
      else if (row[1] != "before")
        return RowError(path, row, "position must be before or after");
      if (!ParseInt(row[2], &hedge.precision) || hedge.precision < 2 || hedge.precision > 3) {
        return RowError(path, row, "precision must be 2 or 3");
      }
      t.hedges.push_back(std::move(hedge));
    }
    std::stable_sort(t.hedges.begin(), t.hedges.end(), [](const Hedge& a, const Hedge& b) {
      return a.words.size() > b.words.size();
    });
  }
  {
    std::unordered_map<int, std::string> longest;
    for (const auto& [word, month] : t.months) {
      if (word.size() > longest[month].size()) longest[month] = word;
    }
    for (const auto& [month, word] : longest) t.month_full_names.insert(word);
  }
  for (const auto* map : {&t.months, &t.weekdays, &t.ordinals, &t.cardinals}) {
    for (const auto& [word, value] : *map) t.starters.insert(word);
  }
  for (const auto& [first, list] : t.phrases) {
    if (first != "<n>") t.starters.insert(first);
  }
  // Openers the matcher knows itself: "the 5th", "last/this/next/past Tuesday".
  for (const char* word : {"the", "last", "this", "next", "past"}) t.starters.insert(word);

  for (const auto& [word, value] : t.months) t.words[word].month = value;
  for (const auto& word : t.context_months) t.words[word].context_month = true;
  for (const auto& word : t.month_full_names) t.words[word].month_full_name = true;
  for (const auto& [word, value] : t.weekdays) t.words[word].weekday = value;
  for (const auto& [word, value] : t.ordinals) {
    t.words[word].has_ordinal = true;
    t.words[word].ordinal = value;
  }
  for (const auto& [word, value] : t.cardinals) {
    t.words[word].has_cardinal = true;
    t.words[word].cardinal = value;
  }
  for (const auto& [word, night] : t.parts_of_day) {
    t.words[word].part_of_day = true;
    t.words[word].night = night;
  }
  for (const auto& [word, edge] : t.month_cues) {
    t.words[word].has_month_cue = true;
    t.words[word].month_cue = edge;
  }
  for (const auto& [word, tense] : t.tense_markers) {
    t.words[word].has_tense = true;
    t.words[word].tense = tense;
  }
  for (const auto& word : t.clause_boundaries) t.words[word].clause_boundary = true;
  for (const auto& word : t.starters) t.words[word].starter = true;
  return t;
}

}  // namespace sitrep::time
