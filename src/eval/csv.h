// A CSV reader for benchmark exports (RFC 4180: quoted fields, doubled quotes, new lines inside
// quotes, CRLF or LF, an optional UTF-8 byte-order mark).
#ifndef SITREP_EVAL_CSV_H_
#define SITREP_EVAL_CSV_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::eval {

using CsvRow = std::vector<std::string>;

// Every record of `text`, the header included. Never fails: an unterminated quote runs to the
// end of the text. Blank lines are skipped.
std::vector<CsvRow> ParseCsv(std::string_view text);

// A CSV's columns by header name (compared lower-cased and trimmed).
class CsvColumns {
 public:
  explicit CsvColumns(const CsvRow& header);
  bool Has(std::string_view name) const { return index_.contains(Key(name)); }
  // The first of `names` the header lacks; empty when it has them all.
  std::string Missing(std::initializer_list<const char*> names) const;
  // The row's field in column `name`; empty when the header or the row lacks it.
  std::string Field(const CsvRow& row, std::string_view name) const;

 private:
  static std::string Key(std::string_view name);
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_CSV_H_
