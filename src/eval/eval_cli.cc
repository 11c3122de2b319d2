#include "eval/eval_cli.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "eval/acled.h"
#include "eval/common.h"
#include "eval/geo.h"
#include "eval/gold.h"
#include "eval/muc4.h"
#include "eval/news.h"
#include "eval/osint.h"
#include "eval/report_table.h"
#include "eval/wikievents.h"
#include "sitrep/sitrep.h"

namespace sitrep::eval {
namespace {

// Options every verb shares.
struct CommonFlags {
  bool json = false;
  std::string errors_path;
  std::size_t limit = 0;
  int threads = 0;  // 0: all hardware threads
  std::string data_dir;
};

void AddCommonFlags(CLI::App& verb, CommonFlags& flags) {
  verb.add_flag("--json", flags.json, "Print the scores as one JSON object");
  verb.add_option("--errors", flags.errors_path,
                  "Write every miss and false positive, with its text, as JSON lines");
  verb.add_option("--limit", flags.limit, "Score only the first N documents")
      ->check(CLI::NonNegativeNumber);
  verb.add_option("--threads", flags.threads, "Threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  verb.add_option("--data", flags.data_dir,
                  "Model data directory (default: $SITREP_DATA or the build's)");
}

EvalOptions ToOptions(const CommonFlags& flags) {
  EvalOptions options;
  options.limit = flags.limit;
  options.threads = flags.threads > 0
                        ? flags.threads
                        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.collect_errors = !flags.errors_path.empty();
  return options;
}

Result<std::shared_ptr<const Model>> LoadModel(const CommonFlags& flags) {
  return Model::Load(flags.data_dir.empty() ? Model::DefaultDataDir() : flags.data_dir);
}

ExtractFn ExtractWith(std::shared_ptr<const Model> model) {
  return [model](const Document& document) { return Extract(*model, document); };
}

PlacesFn PlacesWith(std::shared_ptr<const Model> model) {
  return [model](const Document& document) { return FindPlaces(*model, document); };
}

// Prints the report and writes the errors file; returns the verb's exit code.
int Finish(const EvalReport& report, const CommonFlags& flags) {
  if (flags.json) {
    std::cout << report.scores.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  } else {
    std::cout << FormatTable(report.scores);
    for (const std::string& failure : report.failures) std::cerr << "failed: " << failure << "\n";
  }
  if (!flags.errors_path.empty()) {
    std::ofstream out(flags.errors_path);
    if (!out) {
      std::cerr << "sitrep eval: cannot write " << flags.errors_path << "\n";
      return 2;
    }
    // Texts come from the benchmark files as they are: bad bytes are replaced, not fatal.
    for (const Json& error : report.errors) {
      out << error.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
    }
  }
  return report.failed_documents > 0 ? 1 : 0;
}

int Fail(const Status& status) {
  std::cerr << "sitrep eval: " << status.ToString() << "\n";
  return 2;
}

}  // namespace

void AddEvalVerbs(CLI::App& eval, int& exit_code) {
  eval.require_subcommand(1);
  int* code = &exit_code;

  {
    auto flags = std::make_shared<CommonFlags>();
    auto path = std::make_shared<std::string>();
    auto published = std::make_shared<std::string>("event+3");
    auto* verb = eval.add_subcommand("acled", "Score on an ACLED export (notes as documents)");
    verb->add_option("file", *path, "ACLED CSV (2022 or 2023 schema)")->required();
    verb->add_option("--published", *published,
                     "Publication date given to the extractor: event+3 (event date + 3 days) or "
                     "upload (ACLED timestamp day)")
        ->check(CLI::IsMember({"event+3", "upload"}));
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, path, published, code] {
      auto set = ReadAcled(*path, *published == "upload" ? PublishedFrom::kUploadDate
                                                         : PublishedFrom::kEventDatePlus3);
      if (!set.ok()) return void(*code = Fail(set.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      const PlacesFn places = PlacesWith(*model);
      *code = Finish(ScoreAcled(*set, ExtractWith(*model), &places, ToOptions(*flags)), *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto paths = std::make_shared<std::vector<std::string>>();
    auto articles_path = std::make_shared<std::string>();
    auto* verb = eval.add_subcommand("gold", "Score on hand-coded articles (the seed's format)");
    verb->add_option("files", *paths, "Gold JSON files")->required();
    verb->add_option("--articles", *articles_path,
                     "News JSON lines (id, text): take each gold file's 'document' as an id there "
                     "instead of a file beside the gold JSON");
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, paths, articles_path, code] {
      ArticleTexts texts;
      if (!articles_path->empty()) {
        auto read = ReadArticleTexts(*articles_path);
        if (!read.ok()) return void(*code = Fail(read.status()));
        texts = std::move(*read);
      }
      std::vector<GoldArticle> articles;
      for (const std::string& path : *paths) {
        auto article =
            articles_path->empty() ? ReadGoldArticle(path) : ReadGoldArticle(path, texts);
        if (!article.ok()) return void(*code = Fail(article.status()));
        articles.push_back(std::move(*article));
      }
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      *code = Finish(ScoreGold(articles, ExtractWith(*model), ToOptions(*flags)), *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto dir = std::make_shared<std::string>();
    auto* verb = eval.add_subcommand("muc4", "Score on MUC-4 texts and answer keys");
    verb->add_option("dir", *dir, "Folder with the texts and key-* files (searched recursively)")
        ->required();
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, dir, code] {
      std::size_t unkeyed = 0;
      auto documents = ReadMuc4(*dir, &unkeyed);
      if (!documents.ok()) return void(*code = Fail(documents.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      EvalReport report = ScoreMuc4(*documents, ExtractWith(*model), ToOptions(*flags));
      report.scores["texts_without_key"] = unkeyed;
      *code = Finish(report, *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto path = std::make_shared<std::string>();
    auto* verb = eval.add_subcommand("wikievents", "Score on WikiEvents JSON lines");
    verb->add_option("file", *path, "WikiEvents .jsonl")->required();
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, path, code] {
      auto documents = ReadWikiEvents(*path);
      if (!documents.ok()) return void(*code = Fail(documents.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      *code = Finish(ScoreWikiEvents(*documents, ExtractWith(*model), ToOptions(*flags)), *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto path = std::make_shared<std::string>();
    auto* verb =
        eval.add_subcommand("geo", "Score place recognition and geocoding on GWN/LGL/GeoVirus XML");
    verb->add_option("file", *path, "Corpus XML")->required();
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, path, code] {
      auto set = ReadGeoXml(*path);
      if (!set.ok()) return void(*code = Fail(set.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      *code = Finish(ScoreGeo(*set, PlacesWith(*model), ToOptions(*flags)), *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto path = std::make_shared<std::string>();
    auto* verb = eval.add_subcommand(
        "osint", "Score place names and descriptions of an OSINT incident monitor (CSV)");
    verb->add_option("file", *path, "Monitor CSV (date, title, brief description, lat, lon, ...)")
        ->required();
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, path, code] {
      auto set = ReadOsintCsv(*path);
      if (!set.ok()) return void(*code = Fail(set.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      *code = Finish(ScoreOsint(*set, PlacesWith(*model), ToOptions(*flags)), *flags);
    });
  }
  {
    auto flags = std::make_shared<CommonFlags>();
    auto path = std::make_shared<std::string>();
    auto* verb = eval.add_subcommand("news", "Run on unlabelled articles: robustness and volume");
    verb->add_option("file", *path, "Articles .jsonl (text + published or seendate_utc)")
        ->required();
    AddCommonFlags(*verb, *flags);
    verb->callback([flags, path, code] {
      auto set = ReadNewsJsonl(*path);
      if (!set.ok()) return void(*code = Fail(set.status()));
      auto model = LoadModel(*flags);
      if (!model.ok()) return void(*code = Fail(model.status()));
      *code = Finish(ScoreNews(*set, ExtractWith(*model), ToOptions(*flags)), *flags);
    });
  }
}

}  // namespace sitrep::eval
