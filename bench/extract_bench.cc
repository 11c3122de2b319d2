// sitrep_extract_bench CORPUS.jsonl [THREADS] [REPEAT]: loads the model, reads the corpus
// (lines {"id","text","published"|"seendate_utc"}), extracts every document REPEAT times on
// THREADS threads and prints one JSON object: model load time, documents/s, MB/s, incidents,
// failures and peak resident memory.
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "sitrep/sitrep.h"

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
  };
  std::cout << out.dump() << "\n";
  return 0;
}
