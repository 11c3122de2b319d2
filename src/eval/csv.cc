#include "eval/csv.h"

#include "eval/common.h"

namespace sitrep::eval {

std::vector<CsvRow> ParseCsv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool quoted = false;
  bool any = false;  // the current record has content (so a blank line is not a record)
  auto end_record = [&] {
    if (any || !row.empty()) {
      row.push_back(std::move(field));
      rows.push_back(std::move(row));
    }
    row.clear();
    field.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        any = true;
        break;
      case ',':
        row.push_back(std::move(field));
        field.clear();
        any = true;
        break;
      case '\r':
        break;
      case '\n':
        end_record();
        break;
      default:
        field.push_back(c);
        any = true;
    }
  }
  end_record();
  return rows;
}

CsvColumns::CsvColumns(const CsvRow& header) {
  for (std::size_t i = 0; i < header.size(); ++i) index_.emplace(Key(header[i]), i);
}

std::string CsvColumns::Key(std::string_view name) { return LowerTrim(name); }

std::string CsvColumns::Missing(std::initializer_list<const char*> names) const {
  for (const char* name : names) {
    if (!Has(name)) return name;
  }
  return {};
}

std::string CsvColumns::Field(const CsvRow& row, std::string_view name) const {
  const auto it = index_.find(Key(name));
  if (it == index_.end() || it->second >= row.size()) return {};
  return row[it->second];
}

}  // namespace sitrep::eval
