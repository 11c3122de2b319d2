#include "eval/gold.h"

#include <filesystem>
#include <map>

namespace sitrep::eval {
namespace {

constexpr double kPlaceKm = 25.0;

std::string StringOr(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> NumberOr(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

// The counts behind the scores, for all articles or for one category of them.
struct Tally {
  long long documents = 0, required = 0, required_found = 0, optional = 0, optional_found = 0;
  long long predicted = 0, false_positives = 0;

  Json ToJson() const {
    const long long matched = required_found + optional_found;
    return Json{
        {"documents", documents},
        {"required", required},
        {"required_found", required_found},
        {"optional", optional},
        {"optional_found", optional_found},
        {"predicted", predicted},
        {"false_positives", false_positives},
        // Undefined (null) rather than 0 when there is nothing to divide by: political
        // pieces often have no required incident, and no prediction is no error.
        {"precision", predicted == 0 ? Json() : Json(static_cast<double>(matched) / predicted)},
        {"recall", required == 0 ? Json() : Json(static_cast<double>(required_found) / required)}};
  }
};

// 0: the main type matches exactly; 1: an alternative; nullopt: no type matches.
std::optional<int> TypeRank(const GoldIncident& gold, const Incident& predicted) {
  for (std::size_t i = 0; i < gold.types.size(); ++i) {
    const auto& [event_type, sub_event_type] = gold.types[i];
    if (event_type != predicted.event_type) continue;
    if (sub_event_type.empty() || sub_event_type == predicted.sub_event_type) {
      return i == 0 ? 0 : 1;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<GoldArticle> ParseGoldArticle(std::string_view json, std::string document_text,
                                     std::string id) {
  const nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status(StatusCode::kInvalidArgument, "gold: not a JSON object", id);
  }
  GoldArticle article;
  article.document.id = std::move(id);
  article.document.text = std::move(document_text);
  article.document.published = ParseIsoDate(StringOr(j, "published"));
  if (!article.document.published) {
    return Status(StatusCode::kInvalidArgument, "gold: no valid 'published'", article.document.id);
  }
  const auto incidents = j.find("incidents");
  if (incidents == j.end() || !incidents->is_array()) {
    return Status(StatusCode::kInvalidArgument, "gold: no 'incidents' array", article.document.id);
  }
  for (const auto& item : *incidents) {
    if (!item.is_object()) continue;
    GoldIncident gold;
    gold.id = StringOr(item, "id");
    gold.required = item.value("required", true);
    gold.types.emplace_back(StringOr(item, "event_type"), StringOr(item, "sub_event_type"));
    if (const auto alt = item.find("alternative_types"); alt != item.end() && alt->is_array()) {
      for (const auto& pair : *alt) {
        if (!pair.is_array() || pair.empty() || !pair[0].is_string()) continue;
        gold.types.emplace_back(pair[0].get<std::string>(), pair.size() > 1 && pair[1].is_string()
                                                                ? pair[1].get<std::string>()
                                                                : std::string());
      }
    }
    gold.date = ParseIsoDate(StringOr(item, "date"));
    if (const auto loc = item.find("location"); loc != item.end() && loc->is_object()) {
      gold.location = StringOr(*loc, "name");
      gold.latitude = NumberOr(*loc, "lat");
      gold.longitude = NumberOr(*loc, "lon");
    }
    gold.evidence = StringOr(item, "evidence");
    article.incidents.push_back(std::move(gold));
  }
  article.category = StringOr(j, "category");
  if (const auto must_not = j.find("must_not_report");
      must_not != j.end() && must_not->is_array()) {
    for (const auto& line : *must_not) {
      if (line.is_string()) article.must_not_report.push_back(line.get<std::string>());
    }
  }
  return article;
}

namespace {

// The gold JSON at `path` and its "document" field.
Result<std::pair<std::string, std::string>> ReadGoldJson(const std::string& path) {
  auto json = ReadWholeFile(path);
  if (!json.ok()) return json.status();
  const nlohmann::json j = nlohmann::json::parse(*json, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("document") || !j["document"].is_string()) {
    return Status(StatusCode::kInvalidArgument, "gold: no 'document' in " + path);
  }
  return std::make_pair(std::move(*json), j["document"].get<std::string>());
}

}  // namespace

Result<GoldArticle> ReadGoldArticle(const std::string& path) {
  auto gold = ReadGoldJson(path);
  if (!gold.ok()) return gold.status();
  const std::filesystem::path document_path =
      std::filesystem::path(path).parent_path() / gold->second;
  auto text = ReadWholeFile(document_path.string());
  if (!text.ok()) return text.status();
  return ParseGoldArticle(gold->first, std::move(*text), document_path.stem().string());
}

Result<GoldArticle> ReadGoldArticle(const std::string& path, const ArticleTexts& articles) {
  auto gold = ReadGoldJson(path);
  if (!gold.ok()) return gold.status();
  const auto it = articles.find(gold->second);
  if (it == articles.end()) {
    return Status(StatusCode::kNotFound, "gold: no article with id '" + gold->second + "'", path);
  }
  return ParseGoldArticle(gold->first, it->second, gold->second);
}

Result<ArticleTexts> ParseArticleTexts(std::string_view jsonl) {
  ArticleTexts texts;
  std::size_t line_number = 0;
  for (const std::string& line : Split(jsonl, '\n')) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    const std::string id = StringOr(j, "id");
    const auto text = j.find("text");
    if (id.empty() || text == j.end() || !text->is_string()) continue;
    if (!texts.emplace(id, text->get<std::string>()).second) {
      return Status(StatusCode::kInvalidArgument, "articles: id '" + id + "' given twice (line " +
                                                      std::to_string(line_number) + ")");
    }
  }
  return texts;
}

Result<ArticleTexts> ReadArticleTexts(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseArticleTexts(*text);
}

EvalReport ScoreGold(const std::vector<GoldArticle>& articles, const ExtractFn& extract,
                     const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(articles.size());
  std::vector<Document> documents;
  for (std::size_t i = 0; i < n; ++i) documents.push_back(articles[i].document);
  const auto predictions = ExtractAll(documents, extract, options, report);

  long long required = 0, required_found = 0, optional = 0, optional_found = 0;
  long long predicted_total = 0, false_positives = 0, exact_type = 0;
  std::map<std::string, Tally> by_category;
  Json per_article = Json::array();
  for (std::size_t d = 0; d < n; ++d) {
    const auto& gold = articles[d].incidents;
    const auto& predicted = predictions[d];
    std::vector<Candidate> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        const GoldIncident& a = gold[g];
        const Incident& b = predicted[p];
        const auto rank = TypeRank(a, b);
        if (!rank) continue;
        if (a.date && (!b.event_date || *b.event_date != *a.date)) continue;
        if (!a.latitude || !a.longitude || !b.latitude || !b.longitude) continue;
        const double km = HaversineKm(*a.latitude, *a.longitude, *b.latitude, *b.longitude);
        if (km > kPlaceKm) continue;
        candidates.push_back(
            {static_cast<int>(g), static_cast<int>(p), (a.required ? 0 : 1000) + *rank * 100 + km});
      }
    }
    const auto pairs = GreedyMatch(std::move(candidates));
    std::vector<bool> gold_hit(gold.size()), predicted_hit(predicted.size());
    long long article_required = 0, article_found = 0;
    for (const auto& [g, p] : pairs) {
      gold_hit[g] = predicted_hit[p] = true;
      if (TypeRank(gold[g], predicted[p]) == 0) ++exact_type;
    }
    for (std::size_t g = 0; g < gold.size(); ++g) {
      (gold[g].required ? required : optional) += 1;
      if (gold_hit[g]) (gold[g].required ? required_found : optional_found) += 1;
      if (gold[g].required) {
        ++article_required;
        if (gold_hit[g]) ++article_found;
      }
      if (!gold_hit[g] && options.collect_errors) {
        report.errors.push_back(Json{{"set", "gold"},
                                     {"doc", documents[d].id},
                                     {"kind", gold[g].required ? "miss" : "optional_miss"},
                                     {"gold_id", gold[g].id},
                                     {"event_type", gold[g].types[0].first},
                                     {"sub_event_type", gold[g].types[0].second},
                                     {"location", gold[g].location},
                                     {"text", gold[g].evidence}});
      }
    }
    predicted_total += static_cast<long long>(predicted.size());
    long long article_fp = 0;
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (predicted_hit[p]) continue;
      ++article_fp;
      if (options.collect_errors) {
        report.errors.push_back(Json{{"set", "gold"},
                                     {"doc", documents[d].id},
                                     {"kind", "false_positive"},
                                     {"predicted", IncidentToJson(predicted[p])}});
      }
    }
    false_positives += article_fp;
    if (!articles[d].category.empty()) {
      Tally& tally = by_category[articles[d].category];
      ++tally.documents;
      for (std::size_t g = 0; g < gold.size(); ++g) {
        (gold[g].required ? tally.required : tally.optional) += 1;
        if (gold_hit[g]) (gold[g].required ? tally.required_found : tally.optional_found) += 1;
      }
      tally.predicted += static_cast<long long>(predicted.size());
      tally.false_positives += article_fp;
    }
    per_article.push_back(Json{{"doc", documents[d].id},
                               {"required", article_required},
                               {"required_found", article_found},
                               {"predicted", predicted.size()},
                               {"false_positives", article_fp},
                               {"must_not_report", articles[d].must_not_report}});
    if (!articles[d].category.empty()) per_article.back()["category"] = articles[d].category;
  }
  Counts counts;
  counts.tp = required_found;
  counts.fn = required - required_found;
  counts.fp = false_positives;
  // Precision: matched optional incidents are right too. Recall: required ones only.
  const double precision =
      predicted_total == 0 ? 0.0
                           : static_cast<double>(required_found + optional_found) / predicted_total;
  const double recall = counts.Recall();
  Json& s = report.scores;
  s["set"] = "gold";
  s["documents"] = n;
  s["failed_documents"] = report.failed_documents;
  s["required"] = required;
  s["required_found"] = required_found;
  s["optional"] = optional;
  s["optional_found"] = optional_found;
  s["predicted"] = predicted_total;
  s["false_positives"] = false_positives;
  const long long matched = required_found + optional_found;
  s["exact_type_of_matched"] =
      matched == 0 ? 0.0 : static_cast<double>(exact_type) / static_cast<double>(matched);
  s["incidents"] =
      Json{{"precision", precision},
           {"recall", recall},
           {"f1", precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall)}};
  if (!by_category.empty()) {
    Json categories = Json::object();
    for (const auto& [name, tally] : by_category) categories[name] = tally.ToJson();
    s["by_category"] = categories;
  }
  s["articles"] = per_article;
  return report;
}

}  // namespace sitrep::eval
