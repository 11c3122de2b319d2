#include "lexicon/tsv.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace sitrep::lexicon {

Result<std::string> ReadTableText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open data table " + path);
  // The whole table at once, cut at newlines by the caller: a getline per row cost more than
  // the rows.
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  return text;
}

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, std::size_t min_fields) {
  auto text = ReadTableText(path);
  if (!text.ok()) return text.status();
  std::vector<TsvRow> rows;
  rows.reserve(static_cast<std::size_t>(std::count(text->begin(), text->end(), '\n')) + 1);
  Status status;
  ForEachTableLine(*text, [&](std::string_view line, int line_number) {
    if (!status.ok()) return;
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
      status =
          Status(StatusCode::kDataError, path + ":" + std::to_string(line_number) + ": expected " +
                                             std::to_string(min_fields) + " fields");
      return;
    }
    rows.push_back(std::move(row));
  });
  if (!status.ok()) return status;
  return rows;
}

std::vector<std::string> Split(std::string_view text, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto pos = text.find(sep, start);
    out.emplace_back(
        text.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    c = std::isspace(static_cast<unsigned char>(c))
            ? ' '
            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return Split(lower, ' ');
}

}  // namespace sitrep::lexicon
