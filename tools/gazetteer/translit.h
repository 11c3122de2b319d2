// Cyrillic → Latin romanisation driven by a rule table (data/place_translit_*.tsv).
#ifndef SITREP_TOOLS_GAZETTEER_TRANSLIT_H_
#define SITREP_TOOLS_GAZETTEER_TRANSLIT_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::tools {

class Transliterator {
 public:
  // Reads a table: cyrillic, latin[, latin at word start[, latin after a vowel/ь/ъ]]; a field
  // may hold alternatives "a|b".
  static Result<Transliterator> Load(const std::string& path);

  // The romanisation of `text` taking alternative `choice` (0 = first) wherever a rule has
  // several; characters without a rule pass through. Lower case out.
  std::string Romanise(std::string_view text, int choice) const;
  // True when `text` holds at least one Cyrillic letter.
  static bool HasCyrillic(std::string_view text);

 private:
  struct Rule {
    std::vector<std::string> plain, start, after_vowel;
  };
  std::unordered_map<std::u32string, Rule> rules_;
  std::size_t longest_ = 1;
};

// "bila tserkva" → "Bila Tserkva", "ivano-frankivsk" → "Ivano-Frankivsk".
std::string TitleCase(std::string_view lower_ascii);

}  // namespace sitrep::tools

#endif  // SITREP_TOOLS_GAZETTEER_TRANSLIT_H_
