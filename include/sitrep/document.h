// The input: one news article.
#ifndef SITREP_DOCUMENT_H_
#define SITREP_DOCUMENT_H_

#include <optional>
#include <string>

#include "sitrep/date.h"

namespace sitrep {

struct Document {
  std::string id;
  std::string text;                  // UTF-8, as given; evidence offsets point into it
  std::optional<Date> published;     // required by Extract
  std::string source;                // the outlet
  std::string url;
  std::string title;
};

}  // namespace sitrep

#endif  // SITREP_DOCUMENT_H_
