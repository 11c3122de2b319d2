// sitrep_extract_bench CORPUS.jsonl [THREADS] [REPEAT]: loads the model, reads the corpus
// (lines {"id","text","published"|"seendate_utc"}), extracts every document REPEAT times on
// THREADS threads and prints one JSON object: model load time, documents/s, MB/s, incidents,
// failures and peak resident memory; and, on one pass over the corpus, the time of the places
// stage alone (places::Annotate over already analysed texts) as a share of extraction, and the
// time to map the gazetteer index by itself.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "pipeline/model_data.h"
#include "places/places.h"
#include "sitrep/sitrep.h"
#include "text/analysed_text.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point from) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: sitrep_extract_bench CORPUS.jsonl [THREADS] [REPEAT]\n";
    return 2;
  }
  const int threads = argc > 2 ? std::stoi(argv[2]) : 1;
  const int repeat = argc > 3 ? std::stoi(argv[3]) : 1;

  const auto load_start = std::chrono::steady_clock::now();
  auto model = sitrep::Model::Load(sitrep::Model::DefaultDataDir());
  const double load_seconds = Seconds(load_start);
  if (!model.ok()) {
    std::cerr << model.status().ToString() << "\n";
    return 1;
  }

  std::vector<sitrep::Document> documents;
  std::size_t bytes = 0;
  std::ifstream in(argv[1]);
  std::string line;
  while (std::getline(in, line)) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object()) continue;
    sitrep::Document d;
    d.id = json.value("id", "");
    d.text = json.value("text", "");
    std::string published = json.value("published", json.value("seendate_utc", ""));
    d.published = sitrep::ParseIsoDate(published);
    bytes += d.text.size();
    documents.push_back(std::move(d));
  }

  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> incidents{0};
  std::atomic<std::size_t> failures{0};
  const std::size_t total = documents.size() * static_cast<std::size_t>(repeat);
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i = next++; i < total; i = next++) {
        auto result = sitrep::Extract(**model, documents[i % documents.size()]);
        if (result.ok()) {
          incidents += result->size();
        } else {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : pool) thread.join();
  const double seconds = Seconds(start);

  // The places stage alone, one pass, one thread: analyse every text first (not timed), then
  // time the annotation; compared with one timed pass of Extract over the same texts.
  const sitrep::internal::ModelData& data = (*model)->data();
  std::vector<sitrep::text::AnalysedText> analysed;
  for (const auto& d : documents) {
    auto a = sitrep::text::Analyse(d.text, data.segmenter);
    if (a.ok()) analysed.push_back(std::move(*a));
  }
  // Each timed three times, the fastest kept: the share must not depend on a cold cache.
  std::size_t mentions = 0;
  double places_seconds = 1e9, extract_seconds = 1e9;
  for (int round = 0; round < 3; ++round) {
    mentions = 0;
    const auto places_start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < analysed.size(); ++i) {
      mentions += sitrep::places::Annotate(data.gazetteer, data.places, analysed[i],
                                           documents[i].published)
                      .size();
    }
    places_seconds = std::min(places_seconds, Seconds(places_start));
    const auto extract_start = std::chrono::steady_clock::now();
    for (const auto& d : documents) (void)sitrep::Extract(**model, d);
    extract_seconds = std::min(extract_seconds, Seconds(extract_start));
  }
  const auto map_start = std::chrono::steady_clock::now();
  auto gazetteer =
      sitrep::gazetteer::Gazetteer::Load(sitrep::Model::DefaultDataDir() + "/gazetteer.bin");
  const double map_seconds = Seconds(map_start);

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  nlohmann::json out = {
      {"documents", total},
      {"threads", threads},
      {"model_load_ms", load_seconds * 1000},
      {"seconds", seconds},
      {"docs_per_second", static_cast<double>(total) / seconds},
      {"mb_per_second", static_cast<double>(bytes) * repeat / 1e6 / seconds},
      {"incidents", incidents.load()},
      {"failures", failures.load()},
      {"peak_rss_mb", static_cast<double>(usage.ru_maxrss) / 1024.0},
      {"places_seconds_one_pass", places_seconds},    // fastest of three passes
      {"extract_seconds_one_pass", extract_seconds},  // fastest of three passes
      {"places_share_of_extract", places_seconds / extract_seconds},
      {"place_mentions_one_pass", mentions},
      {"gazetteer_map_ms", gazetteer.ok() ? map_seconds * 1000 : -1.0},
  };
  std::cout << out.dump() << "\n";
  return 0;
}
