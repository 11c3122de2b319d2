// The small tables the text stage reads from data/: abbreviations and boilerplate lines.
#ifndef SITREP_TEXT_SEGMENTER_TABLES_H_
#define SITREP_TEXT_SEGMENTER_TABLES_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::text {

struct SegmenterTables {
  std::unordered_set<std::string> abbreviations;  // lower case, without the final full stop
  std::vector<std::string> boilerplate;           // lower-case line prefixes: "see the video"

  static Result<SegmenterTables> Load(const std::string& data_dir);
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SEGMENTER_TABLES_H_
