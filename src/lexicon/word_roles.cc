#include "lexicon/word_roles.h"

#include "gazetteer/format.h"
#include "lexicon/tsv.h"

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
  mask_ = keys_.size() - 1;
  size_ = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != 0) Add(keys[i], roles[i]);
  }
}

Status ReadWordList(const std::string& path, std::uint16_t role, WordRoles& out) {
  auto text = ReadTableText(path);
  if (!text.ok()) return text.status();
  ForEachTableLine(*text, [&](std::string_view line, int) {
    out.Add(WordRoles::WordHash(line.substr(0, line.find('\t'))), role);
  });
  return Status();
}

}  // namespace sitrep::lexicon
