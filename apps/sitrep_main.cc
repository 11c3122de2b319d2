// The sitrep command line: `extract`, `places`, `eval` and `train`. Thin: flags here, work in the
// libraries (io/batch.h runs a batch).
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "eval/eval_cli.h"
#include "eval/train_roles.h"
#include "io/batch.h"
#include "io/exit_codes.h"
#include "io/input.h"
#include "io/output.h"
#include "sitrep/sitrep.h"

#ifndef SITREP_VERSION
#define SITREP_VERSION "unknown"
#endif

namespace {

using sitrep::io::ExitCode;

// Flags that `extract` and `places` share.
struct InputFlags {
  std::string published;
  std::string source;
  std::string data_dir;
  std::size_t threads = 0;
  std::size_t max_document_bytes = sitrep::io::kDefaultMaxDocumentBytes;
  std::vector<std::string> inputs;
};

void AddInputFlags(CLI::App& verb, InputFlags& flags, bool with_source) {
  verb.add_option("--published", flags.published,
                  "publication date (YYYY-MM-DD) for documents that carry none");
  if (with_source) {
    verb.add_option("--source", flags.source, "the outlet, for documents that name none");
  }
  verb.add_option("--threads", flags.threads,
                  "documents processed in parallel (default: all cores)")
      ->check(CLI::PositiveNumber);
  verb.add_option("--data", flags.data_dir,
                  "the data directory (default: $SITREP_DATA or the "
                  "build's data)");
  verb.add_option("--max-document-bytes", flags.max_document_bytes,
                  "larger documents are refused with an error")
      ->check(CLI::PositiveNumber);
  verb.add_option("inputs", flags.inputs,
                  "FILE (.jsonl: JSON Lines; else one plain-text document), DIR (every file "
                  "inside, sorted) or - (stdin); default -");
}

// The batch options, or nullopt after printing a usage error.
std::optional<sitrep::io::BatchOptions> MakeBatchOptions(const InputFlags& flags) {
  sitrep::io::BatchOptions options;
  if (!flags.published.empty()) {
    options.read.published = sitrep::io::ParsePublishedDate(flags.published);
    if (!options.read.published) {
      std::cerr << "--published: not a valid date: " << flags.published << "\n";
      return std::nullopt;
    }
  }
  options.read.source = flags.source;
  options.read.max_document_bytes = flags.max_document_bytes;
  options.inputs = flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  const unsigned cores = std::thread::hardware_concurrency();
  options.threads = flags.threads ? flags.threads : (cores ? cores : 1);
  return options;
}

// The shared model, or nullopt after printing the error line.
std::shared_ptr<const sitrep::Model> LoadModel(const InputFlags& flags) {
  const std::string dir = flags.data_dir.empty() ? sitrep::Model::DefaultDataDir() : flags.data_dir;
  auto model = sitrep::Model::Load(dir);
  if (!model.ok()) {
    std::cerr << sitrep::io::ErrorLine(model.status(), dir) << "\n";
    return nullptr;
  }
  return std::move(model).value();
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"sitrep: news articles in, ACLED-style conflict incidents out"};
  app.set_version_flag("--version", std::string("sitrep ") + SITREP_VERSION);
  app.require_subcommand(1);

  InputFlags extract_flags;
  std::string format = "jsonl";
  CLI::App* extract =
      app.add_subcommand("extract", "incidents of each document (one JSON line each)");
  AddInputFlags(*extract, extract_flags, /*with_source=*/true);
  extract->add_option("--format", format, "jsonl, csv (ACLED 2023 columns), geojson or pretty")
      ->check(CLI::IsMember({"jsonl", "csv", "geojson", "pretty"}));

  InputFlags places_flags;
  CLI::App* places = app.add_subcommand("places", "every place-name mention with its coordinates");
  AddInputFlags(*places, places_flags, /*with_source=*/false);

  int eval_exit_code = 0;
  CLI::App* eval = app.add_subcommand("eval", "score sitrep against the benchmark sets");
  sitrep::eval::AddEvalVerbs(*eval, eval_exit_code);

  int train_exit_code = 0;
  CLI::App* train = app.add_subcommand("train", "train sitrep's learned parts");
  sitrep::eval::AddTrainVerbs(*train, train_exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, the version or the error
    return code == 0 ? 0 : static_cast<int>(ExitCode::kUsage);
  }

  if (eval->parsed()) return eval_exit_code;
  if (train->parsed()) return train_exit_code;

  const bool is_extract = extract->parsed();
  const InputFlags& flags = is_extract ? extract_flags : places_flags;
  auto options = MakeBatchOptions(flags);
  if (!options) return static_cast<int>(ExitCode::kUsage);
  options->read.require_published = is_extract;
  const auto model = LoadModel(flags);
  if (!model) return static_cast<int>(ExitCode::kSomeFailed);

  ExitCode code;
  if (is_extract) {
    auto writer = sitrep::io::MakeIncidentWriter(*sitrep::io::ParseFormat(format), std::cout);
    code = sitrep::io::RunExtract(*model, *options, *writer, std::cerr, &std::cin);
  } else {
    code = sitrep::io::RunPlaces(*model, *options, std::cout, std::cerr, &std::cin);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << R"({"document":"","error":"io_error","message":"writing the output failed"})"
              << "\n";
    return static_cast<int>(ExitCode::kSomeFailed);
  }
  return static_cast<int>(code);
}
