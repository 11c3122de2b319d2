// `sitrep eval news`: unlabelled articles (JSON lines with id, text and a publication date in
// "published" or, failing that, "seendate_utc" — "20220125T090000Z"). No gold: the report is
// robustness (documents the extractor failed on, invalid output) and volume (incidents per
// article, share of articles with any incident, event types), which flags false positives on
// political and diplomatic pieces.
#ifndef SITREP_EVAL_NEWS_H_
#define SITREP_EVAL_NEWS_H_

#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

struct NewsSet {
  std::vector<Document> documents;
  std::size_t bad_lines = 0;  // not JSON, no text or no date: reported, not scored
};

NewsSet ParseNewsJsonl(std::string_view text);
Result<NewsSet> ReadNewsJsonl(const std::string& path);

// An incident is invalid when its evidence lies outside the text or does not quote it, it has no
// event type, or its coordinates are out of range.
bool IncidentIsValid(const Incident& incident, const Document& document);

EvalReport ScoreNews(const NewsSet& set, const ExtractFn& extract, const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_NEWS_H_
