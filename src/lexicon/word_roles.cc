#include "lexicon/word_roles.h"

#include <fstream>

#include "gazetteer/format.h"

namespace sitrep::lexicon {

std::uint64_t WordRoles::WordHash(std::string_view word) { return gazetteer::format::Hash(word); }

void WordRoles::Add(std::uint64_t hash, std::uint16_t role) {
  if (hash == 0) hash = 1;  // 0 marks an empty slot
  if ((size_ + 1) * 2 > keys_.size()) Grow();
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (keys_[i] == hash) {
      roles_[i] |= role;
      return;
    }
    if (keys_[i] == 0) {
      keys_[i] = hash;
      roles_[i] = role;
      ++size_;
      return;
    }
  }
}

std::uint16_t WordRoles::Get(std::uint64_t hash) const {
  if (keys_.empty()) return 0;
  if (hash == 0) hash = 1;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (keys_[i] == hash) return roles_[i];
    if (keys_[i] == 0) return 0;
  }
}

void WordRoles::Grow() {
  std::vector<std::uint64_t> keys = std::move(keys_);
  std::vector<std::uint16_t> roles = std::move(roles_);
  keys_.assign(keys.empty() ? 1024 : keys.size() * 2, 0);
  roles_.assign(keys_.size(), 0);
  size_ = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != 0) Add(keys[i], roles[i]);
  }
}

Status ReadWordList(const std::string& path, std::uint16_t role, WordRoles& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open data table " + path);
  // The whole file at once: a getline per word cost more than the hashing.
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    out.Add(WordRoles::WordHash(line.substr(0, line.find('\t'))), role);
  }
  return Status();
}

}  // namespace sitrep::lexicon
