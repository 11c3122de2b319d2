#include "lexicon/tsv.h"

#include <algorithm>
#include <fstream>

namespace sitrep::lexicon {

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, std::size_t min_fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open data table " + path);
  // The whole table at once, cut at newlines: a getline per row cost more than the rows.
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  std::vector<TsvRow> rows;
  rows.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::string_view rest = text;
  int line_no = 0;
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.emplace_back(
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
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
