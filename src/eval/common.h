// What every scorer shares: how it gets predictions, its options, its report, and running
// documents across threads.
#ifndef SITREP_EVAL_COMMON_H_
#define SITREP_EVAL_COMMON_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "eval/metrics.h"
#include "sitrep/document.h"
#include "sitrep/incident.h"
#include "sitrep/status.h"

namespace sitrep::eval {

// The system under test. The CLI binds these to Extract/FindPlaces with a loaded Model; the
// unit tests bind them to hand-made predictions. Both must be safe to call from several threads.
using ExtractFn = std::function<Result<std::vector<Incident>>(const Document&)>;
using PlacesFn = std::function<Result<std::vector<PlaceMention>>(const Document&)>;

struct EvalOptions {
  std::size_t limit = 0;        // score only the first `limit` documents; 0 = all
  int threads = 1;              // documents run on this many threads
  bool collect_errors = false;  // fill EvalReport::errors

  // How many of `available` documents to score: all, or the first `limit`.
  std::size_t Count(std::size_t available) const {
    return limit > 0 ? std::min(limit, available) : available;
  }
};

struct EvalReport {
  Json scores = Json::object();       // the --json output
  std::vector<Json> errors;           // one JSON object per miss / false positive (--errors)
  std::size_t failed_documents = 0;   // documents the system returned an error for
  std::vector<std::string> failures;  // their Status lines (first few)
};

// Calls fn(i) for i in [0, n) on `threads` threads and returns the results in order.
template <typename T, typename Fn>
std::vector<T> RunParallel(std::size_t n, int threads, Fn fn) {
  std::vector<std::optional<T>> slots(n);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) slots[i].emplace(fn(i));
  };
  const int count = std::clamp(threads, 1, 64);
  std::vector<std::thread> pool;
  for (int t = 1; t < count && static_cast<std::size_t>(t) < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  std::vector<T> out;
  out.reserve(n);
  for (auto& slot : slots) out.push_back(std::move(*slot));
  return out;
}

// Runs `extract` on every document (in parallel); failures are recorded in `report`.
std::vector<std::vector<Incident>> ExtractAll(const std::vector<Document>& documents,
                                              const ExtractFn& extract, const EvalOptions& options,
                                              EvalReport& report);
std::vector<std::vector<PlaceMention>> FindPlacesAll(const std::vector<Document>& documents,
                                                     const PlacesFn& find_places,
                                                     const EvalOptions& options,
                                                     EvalReport& report);

// The fields of an incident a person reviewing an error needs.
Json IncidentToJson(const Incident& incident);

// At most `max_bytes` of `text`, cut at a UTF-8 character boundary.
std::string Clip(std::string_view text, std::size_t max_bytes);
// Upper-cased ASCII, runs of white space as one space, trimmed: how mentions are compared.
std::string NormaliseMention(std::string_view text);
// Lower-cased ASCII, trimmed, white space collapsed.
std::string LowerTrim(std::string_view text);
// Splits on `separator` (exact), no trimming.
std::vector<std::string> Split(std::string_view text, char separator);
// Whether `needle` occurs in `hay` starting and ending at word boundaries (ASCII alnum).
bool ContainsWords(const std::string& hay, const std::string& needle);
// A predicted mention (normalised) against a gold entity's alternatives (normalised): equal to
// one, or with `lenient`, containing one or contained in one at word boundaries.
bool MentionMatches(const std::string& predicted, const std::vector<std::string>& alternatives,
                    bool lenient);
// Predicted mentions (deduplicated) against gold entities, one-to-one; `predicted_hit` (if given)
// tells which predictions found an entity.
Counts ScoreMentions(const std::vector<std::string>& predicted,
                     const std::vector<std::vector<std::string>>& gold, bool lenient,
                     std::vector<bool>* predicted_hit = nullptr);
// The whole file, or NotFound/IoError.
Result<std::string> ReadWholeFile(const std::string& path);
// Parses an int / double; nullopt for anything else (empty, trailing junk).
std::optional<long long> ParseInt(std::string_view text);
std::optional<double> ParseDouble(std::string_view text);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_COMMON_H_
