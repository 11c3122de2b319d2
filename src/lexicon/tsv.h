// Reading the linguistic tables of data/: tab-separated, UTF-8, '#' starts a comment line.
#ifndef SITREP_LEXICON_TSV_H_
#define SITREP_LEXICON_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::lexicon {

using TsvRow = std::vector<std::string>;

// The whole table at `path`; kNotFound when it cannot be opened.
Result<std::string> ReadTableText(const std::string& path);

// Calls fn(line, line_number) for each line of a table's text but blank lines and '#' comments,
// with a trailing '\r' removed; line numbers count from 1.
template <typename Fn>
void ForEachTableLine(std::string_view text, Fn&& fn) {
  int line_number = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fn(line, line_number);
  }
}

// Rows of `path`, comments and blank lines dropped, fields split on tabs. A row with fewer than
// `min_fields` fields is a kDataError naming the file and line.
Result<std::vector<TsvRow>> ReadTsv(const std::string& path, std::size_t min_fields = 1);

// The parts of `text` between `sep`s, empty ones kept: the "a|b" alternatives of a table field.
std::vector<std::string> Split(std::string_view text, char sep);

// The words of a text in lower case, split at white space, as the tables write their phrases
// ("the Occupiers" -> "the", "occupiers"); empty words kept where spaces run together.
std::vector<std::string> LowerWords(std::string_view text);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_TSV_H_
