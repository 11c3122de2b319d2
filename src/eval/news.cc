#include "eval/news.h"

#include <map>

namespace sitrep::eval {

NewsSet ParseNewsJsonl(std::string_view text) {
  NewsSet set;
  std::size_t line_number = 0;
  for (const std::string& line : Split(text, '\n')) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      ++set.bad_lines;
      continue;
    }
    Document doc;
    doc.id = j.value("id", std::string());
    if (doc.id.empty()) doc.id = "line-" + std::to_string(line_number);
    doc.text = j["text"].get<std::string>();
    doc.published = ParseIsoDate(j.value("published", std::string()));
    if (!doc.published) doc.published = ParseIsoDate(j.value("seendate_utc", std::string()));
    doc.source = j.value("source", std::string());
    doc.url = j.value("url", std::string());
    doc.title = j.value("title", std::string());
    if (!doc.published) {
      ++set.bad_lines;
      continue;
    }
    set.documents.push_back(std::move(doc));
  }
  return set;
}

Result<NewsSet> ReadNewsJsonl(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseNewsJsonl(*text);
}

bool IncidentIsValid(const Incident& incident, const Document& document) {
  if (incident.event_type.empty()) return false;
  if (incident.latitude && (*incident.latitude < -90 || *incident.latitude > 90)) return false;
  if (incident.longitude && (*incident.longitude < -180 || *incident.longitude > 180)) {
    return false;
  }
  for (const Evidence& e : incident.evidence) {
    if (e.start > e.end || e.end > document.text.size()) return false;
    if (document.text.compare(e.start, e.end - e.start, e.text) != 0) return false;
  }
  return true;
}

EvalReport ScoreNews(const NewsSet& set, const ExtractFn& extract, const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(set.documents.size());
  std::vector<Document> documents(set.documents.begin(),
                                  set.documents.begin() + static_cast<std::ptrdiff_t>(n));
  const auto predictions = ExtractAll(documents, extract, options, report);
  long long incidents = 0, with_any = 0, invalid = 0;
  std::map<std::string, long long> per_type;
  std::map<std::string, long long> histogram;  // incidents per article: 0, 1, 2, 3-5, 6+
  for (std::size_t d = 0; d < n; ++d) {
    const auto& predicted = predictions[d];
    incidents += static_cast<long long>(predicted.size());
    if (!predicted.empty()) ++with_any;
    const std::size_t k = predicted.size();
    ++histogram[k <= 2 ? std::to_string(k) : (k <= 5 ? "3-5" : "6+")];
    for (const Incident& incident : predicted) {
      ++per_type[incident.event_type];
      const bool valid = IncidentIsValid(incident, documents[d]);
      if (!valid) ++invalid;
      if (options.collect_errors) {
        report.errors.push_back(Json{{"set", "news"},
                                     {"doc", documents[d].id},
                                     {"kind", valid ? "incident" : "invalid_incident"},
                                     {"predicted", IncidentToJson(incident)}});
      }
    }
  }
  Json& s = report.scores;
  s["set"] = "news";
  s["documents"] = n;
  s["bad_lines"] = set.bad_lines;
  s["failed_documents"] = report.failed_documents;
  s["invalid_incidents"] = invalid;
  s["incidents"] = incidents;
  s["incidents_per_article"] = n == 0 ? 0.0 : static_cast<double>(incidents) / n;
  s["articles_with_incident"] = n == 0 ? 0.0 : static_cast<double>(with_any) / n;
  Json types = Json::object();
  for (const auto& [type, count] : per_type) types[type] = count;
  s["event_types"] = types;
  Json hist = Json::object();
  for (const char* key : {"0", "1", "2", "3-5", "6+"}) hist[key] = histogram[key];
  s["incidents_per_article_histogram"] = hist;
  return report;
}

}  // namespace sitrep::eval
