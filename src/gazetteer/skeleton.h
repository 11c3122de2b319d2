// Consonant skeletons of place names (data/place_skeleton.tsv): a lossy key under which the
// spellings of one name in different romanisations meet ("Ternuvakha", "Ternovakha").
// The gazetteer indexes the skeletons of Ukrainian places; the places stage looks up a
// capitalised word the index does not know under its skeleton, then checks the spelling.
#ifndef SITREP_GAZETTEER_SKELETON_H_
#define SITREP_GAZETTEER_SKELETON_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::gazetteer {

// Skeleton keys carry this prefix in the index so they never meet a folded name.
inline constexpr char kSkeletonPrefix = '~';

class SkeletonRules {
 public:
  static Result<SkeletonRules> Load(const std::string& path);

  // The skeleton keys of a folded name ("zolote 5" → "~zlt 5"), prefix included; empty when
  // the name has fewer than `min_consonants` letters left (too short to tell places apart).
  std::vector<std::string> Keys(std::string_view folded, int min_consonants = 3) const;

 private:
  struct Rule {
    std::string pattern;
    std::vector<std::string> replacements;  // "" deletes
  };
  std::vector<Rule> rules_;  // longest pattern first
};

}  // namespace sitrep::gazetteer

#endif  // SITREP_GAZETTEER_SKELETON_H_
