// Reading the linguistic tables of data/: tab-separated, UTF-8, '#' starts a comment line.
#ifndef SITREP_LEXICON_TSV_H_
#define SITREP_LEXICON_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::lexicon {

using TsvRow = std::vector<std::string>;

// Rows of `path`, comments and blank lines dropped, fields split on tabs. A row with fewer than
// `min_fields` fields is a kDataError naming the file and line.
Result<std::vector<TsvRow>> ReadTsv(const std::string& path, std::size_t min_fields = 1);

// The parts of `text` between `sep`s, empty ones kept: the "a|b" alternatives of a table field.
std::vector<std::string> Split(std::string_view text, char sep);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_TSV_H_
