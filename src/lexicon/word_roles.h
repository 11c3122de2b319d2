// Role bits for large word lists (given names, common English words), keyed by the hash of the
// lower-case word: open addressing with linear probing over a power-of-two table. One probe
// sequence per token, no allocation per word at load.
#ifndef SITREP_LEXICON_WORD_ROLES_H_
#define SITREP_LEXICON_WORD_ROLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::lexicon {

class WordRoles {
 public:
  // `hash` is gazetteer::format::Hash of the lower-case word (WordHash).
  void Add(std::uint64_t hash, std::uint16_t role);
  std::uint16_t Get(std::uint64_t hash) const;
  // Starts loading the slot where Get(hash) looks first, without waiting for it: a hint before
  // a Get of that hash a little later, so that the memory waits of many words overlap.
  // (No branch: GCC drops a prefetch that is all a conditional block does.)
  void Prefetch(std::uint64_t hash) const {
    __builtin_prefetch(keys_.data() + (hash & mask_));
    __builtin_prefetch(roles_.data() + (hash & mask_));
  }
  // The roles of a lower-case word.
  std::uint16_t Of(std::string_view word) const { return Get(WordHash(word)); }

  static std::uint64_t WordHash(std::string_view word);

 private:
  void Grow();
  std::vector<std::uint64_t> keys_;  // 0: empty
  std::vector<std::uint16_t> roles_;
  std::size_t mask_ = 0;  // keys_.size() - 1; 0 while empty
  std::size_t size_ = 0;
};

// Adds `role` to every word of the list at `path`: the first tab-separated field of each line,
// '#' lines and blank lines skipped. A missing file is kNotFound.
Status ReadWordList(const std::string& path, std::uint16_t role, WordRoles& out);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_WORD_ROLES_H_
