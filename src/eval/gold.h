// `sitrep eval gold`: hand-coded articles in the seed's format (a JSON file naming the document
// file beside it, its publication date, required/optional incidents and a must-not-report list).
//
// A prediction matches a gold incident when it is within 25 km of the gold place, its
// (event_type, sub_event_type) is the gold one or one of `alternative_types` (the event type
// alone suffices when the alternative lists only an event type), and, when the gold has a date,
// the dates are equal. One-to-one, greedy: required before optional, then exact type, then
// distance. Precision counts matched required and optional incidents as correct; recall counts
// required incidents only. A gold file may carry a "category" (say "political" or "incident"):
// the scores are then also given per category.
//
// The article's text is either a file beside the gold JSON ("document" is its file name) or, with
// a news JSON lines file (`sitrep eval gold --articles`), the line whose "id" is "document".
#ifndef SITREP_EVAL_GOLD_H_
#define SITREP_EVAL_GOLD_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

struct GoldIncident {
  std::string id;
  bool required = true;
  // The first pair is the main type; the rest are the accepted alternatives.
  std::vector<std::pair<std::string, std::string>> types;
  std::optional<Date> date;
  std::string location;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::string evidence;
};

struct GoldArticle {
  Document document;
  std::vector<GoldIncident> incidents;
  std::vector<std::string> must_not_report;  // free text, listed for the reviewer
  std::string category;                      // optional; scores are also given per category
};

// Article texts by id, from a news JSON lines file (id, text; see eval/news.h).
using ArticleTexts = std::map<std::string, std::string, std::less<>>;

// Parses the JSON of one gold file; `document_text` is the article it names.
Result<GoldArticle> ParseGoldArticle(std::string_view json, std::string document_text,
                                     std::string id);
// Reads the JSON at `path` and the document file named in it (relative to the JSON's folder).
Result<GoldArticle> ReadGoldArticle(const std::string& path);
// Reads the JSON at `path`; the text is `articles`' entry for its "document" (NotFound if none).
Result<GoldArticle> ReadGoldArticle(const std::string& path, const ArticleTexts& articles);
// The texts of a news JSON lines file by id. Lines without an id or a text are skipped; an id
// given twice is an error (the gold could not say which text it means).
Result<ArticleTexts> ParseArticleTexts(std::string_view jsonl);
Result<ArticleTexts> ReadArticleTexts(const std::string& path);

EvalReport ScoreGold(const std::vector<GoldArticle>& articles, const ExtractFn& extract,
                     const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_GOLD_H_
