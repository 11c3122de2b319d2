// Prints sitrep's answer for every row of tests/time/expressions.tsv as TSV (for compare.mjs),
// or with --speed FILE times Annotate over an analysed text.
//   sitrep_time_dump SOURCE_DIR                 -> line \t expected \t answer \t precision \t ok
//   sitrep_time_dump SOURCE_DIR --speed FILE    -> tokens/s and sentences/s of Annotate alone
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "time/golden.h"

using namespace sitrep;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: sitrep_time_dump SOURCE_DIR [--speed FILE]\n";
    return 2;
  }
  const std::string source = argv[1];
  auto segmenter = text::SegmenterTables::Load(source + "/data");
  auto tables = time::TimeTables::Load(source + "/data");
  if (!segmenter.ok() || !tables.ok()) {
    std::cerr << "cannot load tables: " << segmenter.status().ToString() << " "
              << tables.status().ToString() << "\n";
    return 1;
  }
  if (argc >= 4 && std::string(argv[2]) == "--speed") {
    std::ifstream in(argv[3], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto analysed = text::Analyse(buffer.str(), *segmenter);
    if (!analysed.ok()) {
      std::cerr << analysed.status().ToString() << "\n";
      return 1;
    }
    const Date published{2022, 3, 2};
    std::size_t found = 0;
    const int rounds = 2000;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) found += time::Annotate(*analysed, published, *tables).size();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("tokens/s\t%.0f\nsentences/s\t%.0f\nMB/s\t%.1f\nexpressions\t%zu\n",
                rounds * analysed->tokens.size() / seconds,
                rounds * analysed->sentences.size() / seconds,
                rounds * analysed->text.size() / seconds / 1e6, found / rounds);
    return 0;
  }
  std::string error;
  const auto rows = time::golden::ReadGolden(source + "/tests/time/expressions.tsv", &error);
  if (!error.empty()) {
    std::cerr << error << "\n";
    return 1;
  }
  for (const auto& row : rows) {
    const auto answer = time::golden::AnswerFor(row, *segmenter, *tables);
    std::printf("%d\t%s\t%s\t%d\t%d\n", row.line, row.expected.c_str(), answer.day.c_str(),
                answer.precision, time::golden::Matches(row, answer) ? 1 : 0);
  }
  return 0;
}
