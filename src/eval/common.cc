#include "eval/common.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sitrep::eval {
namespace {

constexpr std::size_t kMaxFailuresKept = 20;

void RecordFailure(const Status& status, EvalReport& report) {
  ++report.failed_documents;
  if (report.failures.size() < kMaxFailuresKept) report.failures.push_back(status.ToString());
}

// Runs `fn` over every document on the option's threads; a failed document counts in the report
// and gets an empty list, so indices stay aligned with `documents`.
template <typename T, typename Fn>
std::vector<std::vector<T>> RunAll(const std::vector<Document>& documents, const Fn& fn,
                                   const EvalOptions& options, EvalReport& report) {
  auto results = RunParallel<Result<std::vector<T>>>(
      documents.size(), options.threads, [&](std::size_t i) { return fn(documents[i]); });
  std::vector<std::vector<T>> out;
  out.reserve(results.size());
  for (auto& result : results) {
    if (result.ok()) {
      out.push_back(std::move(result).value());
    } else {
      RecordFailure(result.status(), report);
      out.emplace_back();
    }
  }
  return out;
}

}  // namespace

std::vector<std::vector<Incident>> ExtractAll(const std::vector<Document>& documents,
                                              const ExtractFn& extract, const EvalOptions& options,
                                              EvalReport& report) {
  return RunAll<Incident>(documents, extract, options, report);
}

std::vector<std::vector<PlaceMention>> FindPlacesAll(const std::vector<Document>& documents,
                                                     const PlacesFn& find_places,
                                                     const EvalOptions& options,
                                                     EvalReport& report) {
  return RunAll<PlaceMention>(documents, find_places, options, report);
}

Json IncidentToJson(const Incident& incident) {
  Json j;
  j["event_date"] = incident.event_date ? incident.event_date->ToIso() : "";
  j["event_type"] = incident.event_type;
  j["sub_event_type"] = incident.sub_event_type;
  j["actor1"] = incident.actor1;
  j["actor1_text"] = incident.actor1_text;
  j["actor2"] = incident.actor2;
  j["actor2_text"] = incident.actor2_text;
  j["location"] = incident.location;
  j["admin1"] = incident.admin1;
  if (incident.latitude && incident.longitude) {
    j["latitude"] = *incident.latitude;
    j["longitude"] = *incident.longitude;
  }
  if (incident.fatalities) j["fatalities"] = *incident.fatalities;
  j["target"] = incident.target;
  j["weapon"] = incident.weapon;
  Json evidence = Json::array();
  for (const Evidence& e : incident.evidence) evidence.push_back(e.text);
  j["evidence"] = evidence;
  return j;
}

std::string Clip(std::string_view text, std::size_t max_bytes) {
  // A window cut out of a document may open inside a character: start at the next one.
  while (!text.empty() && (static_cast<unsigned char>(text.front()) & 0xC0) == 0x80) {
    text.remove_prefix(1);
  }
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "…";
}

namespace {

std::string Collapse(std::string_view text, bool upper) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    const auto u = static_cast<unsigned char>(c);
    out.push_back(static_cast<char>(upper ? std::toupper(u) : std::tolower(u)));
  }
  return out;
}

}  // namespace

std::string NormaliseMention(std::string_view text) { return Collapse(text, true); }
std::string LowerTrim(std::string_view text) { return Collapse(text, false); }

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    if (at == std::string_view::npos) {
      parts.emplace_back(text.substr(start));
      return parts;
    }
    parts.emplace_back(text.substr(start, at - start));
    start = at + 1;
  }
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "cannot read " + path);
  return out.str();
}

std::optional<long long> ParseInt(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  long long value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> ParseDouble(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return std::nullopt;
  double value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

bool ContainsWords(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
    const std::size_t end = at + needle.size();
    const bool right = end == hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end]));
    if (left && right) return true;
  }
  return false;
}

bool MentionMatches(const std::string& predicted, const std::vector<std::string>& entity,
                    bool lenient) {
  for (const std::string& alternative : entity) {
    if (predicted == alternative) return true;
    if (lenient &&
        (ContainsWords(predicted, alternative) || ContainsWords(alternative, predicted))) {
      return true;
    }
  }
  return false;
}

Counts ScoreMentions(const std::vector<std::string>& predicted,
                     const std::vector<std::vector<std::string>>& gold, bool lenient,
                     std::vector<bool>* predicted_hit) {
  std::vector<Candidate> candidates;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (MentionMatches(predicted[p], gold[g], lenient)) {
        candidates.push_back({static_cast<int>(g), static_cast<int>(p), 0});
      }
    }
  }
  const auto pairs = GreedyMatch(std::move(candidates));
  if (predicted_hit != nullptr) {
    predicted_hit->assign(predicted.size(), false);
    for (const auto& [g, p] : pairs) (*predicted_hit)[p] = true;
  }
  Counts c;
  c.tp = static_cast<long long>(pairs.size());
  c.fp = static_cast<long long>(predicted.size() - pairs.size());
  c.fn = static_cast<long long>(gold.size() - pairs.size());
  return c;
}

}  // namespace sitrep::eval
