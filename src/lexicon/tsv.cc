#include "lexicon/tsv.h"

#include <fstream>

namespace sitrep::lexicon {

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, std::size_t min_fields) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot open data table " + path);
  std::vector<TsvRow> rows;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.size() < min_fields) {
      return Status(StatusCode::kDataError, path + ":" + std::to_string(line_no) + ": expected " +
                                                std::to_string(min_fields) + " fields");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> Split(std::string_view text, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto pos = text.find(sep, start);
    out.emplace_back(text.substr(start, pos == std::string_view::npos ? std::string_view::npos
                                                                        : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

}  // namespace sitrep::lexicon
