// A CSV reader for benchmark exports (RFC 4180: quoted fields, doubled quotes, new lines inside
// quotes, CRLF or LF, an optional UTF-8 byte-order mark).
#ifndef SITREP_EVAL_CSV_H_
#define SITREP_EVAL_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::eval {

using CsvRow = std::vector<std::string>;

// Every record of `text`, the header included. Never fails: an unterminated quote runs to the
// end of the text. Blank lines are skipped.
std::vector<CsvRow> ParseCsv(std::string_view text);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_CSV_H_
