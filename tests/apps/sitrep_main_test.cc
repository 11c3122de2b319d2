// The sitrep binary end to end: flags and exit codes, every printed line against the JSON
// schemas, byte-identical output whatever --threads, and one test per kind of bad input.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "apps/json_schema.h"
#include "testing/testing.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using testing::SharedDir;
std::string Example() { return testing::SourceDir() + "/examples/example_article.txt"; }
constexpr const char* kExampleDate = "2022-03-10";

std::string Quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::vector<json> ErrorLines() const {
    std::vector<json> errors;
    for (const std::string& line : Lines(err)) errors.push_back(json::parse(line));
    return errors;
  }
};

// A scratch folder per test, removed afterwards.
class SitrepCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sitrep_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) const {
    const fs::path file = dir_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Runs sitrep with `args` (and `stdin_file` as standard input, else /dev/null).
  Outcome Sitrep(const std::vector<std::string>& args, const std::string& stdin_file = "") const {
    std::string command = Quote(testing::SitrepBinary());
    for (const std::string& arg : args) command += " " + Quote(arg);
    command += " <" + Quote(stdin_file.empty() ? "/dev/null" : stdin_file);
    command += " >" + Quote(Path(".out")) + " 2>" + Quote(Path(".err"));
    const int status = std::system(command.c_str());
    Outcome run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = testing::ReadFile(Path(".out"));
    run.err = testing::ReadFile(Path(".err"));
    return run;
  }

  // A batch of [good_a.txt, <bad>, good_b.txt] in pretty format: the good ones must each print
  // their block whatever the bad one does.
  void ExpectOneErrorAndTheRestProcessed(const Outcome& run, const std::string& bad_document,
                                         const std::string& message_part) const {
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const auto errors = run.ErrorLines();
    ASSERT_EQ(errors.size(), 1u) << run.err;
    EXPECT_EQ(errors[0]["document"], bad_document);
    EXPECT_EQ(errors[0]["error"], "invalid_argument");
    EXPECT_NE(errors[0]["message"].get<std::string>().find(message_part), std::string::npos)
        << errors[0].dump();
    EXPECT_NE(run.out.find("good_a  ("), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("good_b  ("), std::string::npos) << run.out;
  }

  std::string ExampleText() const { return testing::ReadFile(Example()); }

  fs::path dir_;
};

json LoadSchema(const std::string& name) {
  auto shared = SharedDir();
  std::ifstream in(*shared + "/spec/" + name);
  return json::parse(in);
}

void ExpectEveryLineValid(const std::string& out, const json& schema, std::size_t min_lines) {
  const auto lines = Lines(out);
  EXPECT_GE(lines.size(), min_lines) << out;
  for (const std::string& line : lines) {
    const json value = json::parse(line);
    const auto errors = testing::ValidateJson(schema, value);
    EXPECT_TRUE(errors.empty()) << line << "\n" << ::testing::PrintToString(errors);
  }
}

// ---- flags and exit codes ----

TEST_F(SitrepCliTest, VersionAndHelp) {
  const Outcome version = Sitrep({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("sitrep ", 0), 0u) << version.out;
  for (const char* verb : {"extract", "places", "eval"}) {
    const Outcome help = Sitrep({verb, "--help"});
    EXPECT_EQ(help.exit_code, 0) << verb;
    EXPECT_NE(help.out.find("Usage"), std::string::npos) << verb;
  }
  EXPECT_NE(Sitrep({"extract", "--help"}).out.find("--format"), std::string::npos);
  EXPECT_EQ(Sitrep({"--help"}).exit_code, 0);
}

TEST_F(SitrepCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Sitrep({}).exit_code, 2);
  EXPECT_EQ(Sitrep({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(Sitrep({"extract", "--bogus", Example()}).exit_code, 2);
  EXPECT_EQ(Sitrep({"extract", "--format", "xml", Example()}).exit_code, 2);
  EXPECT_EQ(Sitrep({"extract", "--published", "2022-02-30", Example()}).exit_code, 2);
  EXPECT_EQ(Sitrep({"extract", "--published", "yesterday", Example()}).exit_code, 2);
  EXPECT_EQ(Sitrep({"extract", "--threads", "0", Example()}).exit_code, 2);
  const Outcome bad_format = Sitrep({"extract", "--format", "xml", Example()});
  EXPECT_TRUE(bad_format.out.empty());
}

// ---- output against the schemas ----

TEST_F(SitrepCliTest, ExampleIncidentsMatchTheSchema) {
  if (!SharedDir()) GTEST_SKIP() << "../shared (the schema) is absent";
  const Outcome run = Sitrep({"extract", "--published", kExampleDate, Example()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.err.empty()) << run.err;
  ExpectEveryLineValid(run.out, LoadSchema("incident.schema.json"), 1);
  for (const std::string& line : Lines(run.out)) {
    EXPECT_EQ(json::parse(line)["doc_id"], "example_article");
  }
}

TEST_F(SitrepCliTest, SeedIncidentsMatchTheSchema) {
  const auto shared = SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  const std::string seed_dir = *shared + "/fixtures/seed";
  std::string seed;
  for (const auto& entry : fs::directory_iterator(seed_dir)) {
    if (entry.path().extension() == ".txt") seed = entry.path().string();
  }
  ASSERT_FALSE(seed.empty());
  const Outcome run = Sitrep({"extract", "--published", "2022-03-02", "--threads", "2", seed});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ExpectEveryLineValid(run.out, LoadSchema("incident.schema.json"), 1);
  const Outcome places = Sitrep({"places", "--published", "2022-03-02", seed});
  EXPECT_EQ(places.exit_code, 0) << places.err;
  ExpectEveryLineValid(places.out, LoadSchema("place.schema.json"), 1);
}

TEST_F(SitrepCliTest, PlacesMatchThePlaceSchema) {
  if (!SharedDir()) GTEST_SKIP() << "../shared (the schema) is absent";
  const Outcome run = Sitrep({"places", "--published", kExampleDate, Example()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ExpectEveryLineValid(run.out, LoadSchema("place.schema.json"), 1);
  const std::string text = ExampleText();
  for (const std::string& line : Lines(run.out)) {
    const json place = json::parse(line);
    const auto start = place["start"].get<std::size_t>();
    const auto end = place["end"].get<std::size_t>();
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), place["text"]) << line;
  }
}

TEST_F(SitrepCliTest, PlacesNeedsNoPublicationDateButExtractDoes) {
  const Outcome places = Sitrep({"places", Example()});
  EXPECT_EQ(places.exit_code, 0) << places.err;
  EXPECT_FALSE(Lines(places.out).empty());
  const Outcome extract = Sitrep({"extract", Example()});
  EXPECT_NE(extract.exit_code, 0);
  EXPECT_NE(extract.err.find("missing published date"), std::string::npos) << extract.err;
}

TEST_F(SitrepCliTest, EvidenceOffsetsPointIntoTheText) {
  const Outcome run = Sitrep({"extract", "--published", kExampleDate, Example()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string text = ExampleText();
  for (const std::string& line : Lines(run.out)) {
    const json incident = json::parse(line);  // the loop must not range over a temporary
    for (const json& evidence : incident["evidence"]) {
      const auto start = evidence["start"].get<std::size_t>();
      const auto end = evidence["end"].get<std::size_t>();
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), evidence["text"]);
    }
  }
}

TEST_F(SitrepCliTest, OtherFormats) {
  const Outcome jsonl = Sitrep({"extract", "--published", kExampleDate, Example()});
  const std::size_t incidents = Lines(jsonl.out).size();

  const Outcome csv =
      Sitrep({"extract", "--format", "csv", "--published", kExampleDate, Example()});
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("event_id_cnty,event_date,year,time_precision,disorder_type,", 0), 0u);
  EXPECT_NE(csv.out.find(",fatalities,tags,timestamp\r\n"), std::string::npos);

  const Outcome geojson =
      Sitrep({"extract", "--format", "geojson", "--published", kExampleDate, Example()});
  EXPECT_EQ(geojson.exit_code, 0) << geojson.err;
  const json collection = json::parse(geojson.out);
  EXPECT_EQ(collection["type"], "FeatureCollection");
  EXPECT_EQ(collection["features"].size(), incidents);

  const Outcome pretty =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate, Example()});
  EXPECT_EQ(pretty.exit_code, 0) << pretty.err;
  EXPECT_EQ(pretty.out.rfind("example_article  (" + std::to_string(incidents), 0), 0u)
      << pretty.out;
}

// ---- threads ----

TEST_F(SitrepCliTest, OutputIsByteIdenticalWhateverTheThreads) {
  const std::string text = ExampleText();
  std::string feed;
  for (int i = 0; i < 40; ++i) {
    // Vary the documents so that they take different times.
    std::string body = text;
    for (int k = 0; k < i % 5; ++k) body += "\n\n" + text;
    if (i % 7 == 3) body = "";  // an error in the middle of the stream
    feed += json{{"id", "doc-" + std::to_string(i)},
                 {"text", body},
                 {"published", i % 2 ? "2022-03-10" : "2022-03-11"}}
                .dump() +
            "\n";
  }
  Write("batch/feed.jsonl", feed);
  Write("batch/sub/plain.txt", text);
  for (const char* format : {"jsonl", "csv", "geojson"}) {
    Outcome first;
    for (const char* threads : {"1", "2", "4", "7"}) {
      const Outcome run = Sitrep({"extract", "--format", format, "--threads", threads,
                                  "--published", kExampleDate, Path("batch")});
      EXPECT_EQ(run.exit_code, 1) << run.err;  // the empty documents
      if (first.exit_code < 0) {
        first = run;
        EXPECT_EQ(first.ErrorLines().size(), 6u) << first.err;
        continue;
      }
      EXPECT_EQ(run.out, first.out) << format << " with " << threads << " threads";
      EXPECT_EQ(run.err, first.err) << format << " with " << threads << " threads";
    }
  }
  // Input order: the JSON Lines file comes before sub/plain.txt, its lines in order.
  const Outcome pretty = Sitrep({"extract", "--format", "pretty", "--threads", "3", "--published",
                                 kExampleDate, Path("batch")});
  const std::size_t doc_0 = pretty.out.find("doc-0  (");
  const std::size_t doc_39 = pretty.out.find("doc-39  (");
  const std::size_t plain = pretty.out.find("plain  (");
  ASSERT_NE(doc_0, std::string::npos);
  ASSERT_NE(doc_39, std::string::npos);
  ASSERT_NE(plain, std::string::npos);
  EXPECT_LT(doc_0, doc_39);
  EXPECT_LT(doc_39, plain);
}

// ---- bad input: one error line naming the document, the rest still processed ----

TEST_F(SitrepCliTest, InvalidUtf8) {
  Write("good_a.txt", ExampleText());
  Write("bad.txt", "Shelling in Kharkiv \xC3\x28 killed two.");
  Write("good_b.txt", ExampleText());
  const Outcome run = Sitrep({"extract", "--format", "pretty", "--published", kExampleDate,
                              Path("good_a.txt"), Path("bad.txt"), Path("good_b.txt")});
  ExpectOneErrorAndTheRestProcessed(run, "bad", "invalid UTF-8 at byte 20");
}

TEST_F(SitrepCliTest, BinaryFile) {
  std::string bytes(4096, '\0');
  std::mt19937 random(7);
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  bytes[100] = '\0';
  Write("good_a.txt", ExampleText());
  Write("photo.jpg", bytes);
  Write("good_b.txt", ExampleText());
  const Outcome run = Sitrep({"extract", "--format", "pretty", "--published", kExampleDate,
                              Path("good_a.txt"), Path("photo.jpg"), Path("good_b.txt")});
  ExpectOneErrorAndTheRestProcessed(run, "photo", "binary");
}

TEST_F(SitrepCliTest, EmptyFile) {
  Write("good_a.txt", ExampleText());
  Write("empty.txt", "");
  Write("good_b.txt", ExampleText());
  const Outcome run = Sitrep({"extract", "--format", "pretty", "--published", kExampleDate,
                              Path("good_a.txt"), Path("empty.txt"), Path("good_b.txt")});
  ExpectOneErrorAndTheRestProcessed(run, "empty", "empty");
}

TEST_F(SitrepCliTest, EmptyTextInJsonLines) {
  const std::string text = ExampleText();
  Write("feed.jsonl", json{{"id", "good_a"}, {"text", text}}.dump() + "\n" +
                          json{{"id", "blank"}, {"text", "   "}}.dump() + "\n" +
                          json{{"id", "good_b"}, {"text", text}}.dump() + "\n");
  const Outcome run =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate, Path("feed.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, "blank", "empty");
}

TEST_F(SitrepCliTest, FiftyMegabyteDocument) {
  Write("good_a.txt", ExampleText());
  {
    std::ofstream big(Path("huge.txt"), std::ios::binary);
    const std::string sentence = "Shelling was reported again in the city overnight. ";
    for (std::size_t written = 0; written < (50u << 20); written += sentence.size())
      big << sentence;
  }
  Write("good_b.txt", ExampleText());
  const Outcome run = Sitrep({"extract", "--format", "pretty", "--published", kExampleDate,
                              Path("good_a.txt"), Path("huge.txt"), Path("good_b.txt")});
  ExpectOneErrorAndTheRestProcessed(run, "huge", "exceeds the limit");
}

TEST_F(SitrepCliTest, FiftyMegabyteJsonLine) {
  const std::string text = ExampleText();
  {
    std::ofstream feed(Path("feed.jsonl"), std::ios::binary);
    feed << json{{"id", "good_a"}, {"text", text}}.dump() << "\n";
    feed << "{\"id\":\"giant\",\"text\":\"" << std::string(50u << 20, 'a') << "\"}\n";
    feed << json{{"id", "good_b"}, {"text", text}}.dump() << "\n";
  }
  const Outcome run =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate, Path("feed.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, Path("feed.jsonl") + ":2", "exceeds the limit");
}

TEST_F(SitrepCliTest, MalformedJsonLine) {
  const std::string text = ExampleText();
  Write("feed.jsonl", json{{"id", "good_a"}, {"text", text}}.dump() + "\n" +
                          "{\"id\": \"oops\", \"text\": \"unterminated\n" +
                          json{{"id", "good_b"}, {"text", text}}.dump() + "\n");
  const Outcome run =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate, Path("feed.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, Path("feed.jsonl") + ":2", "malformed JSON");
}

TEST_F(SitrepCliTest, MissingPublishedDateInJsonLines) {
  const std::string text = ExampleText();
  Write("feed.jsonl",
        json{{"id", "good_a"}, {"text", text}, {"published", "2022-03-10"}}.dump() + "\n" +
            json{{"id", "undated"}, {"text", text}}.dump() + "\n" +
            json{{"id", "good_b"}, {"text", text}, {"seendate_utc", "20220310T090000Z"}}.dump() +
            "\n");
  const Outcome run = Sitrep({"extract", "--format", "pretty", Path("feed.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, "undated", "missing published date");
}

TEST_F(SitrepCliTest, MissingPublishedDateForPlainText) {
  Write("good_a.jsonl",
        json{{"id", "good_a"}, {"text", ExampleText()}, {"published", "2022-03-10"}}.dump());
  Write("plain.txt", ExampleText());
  Write("good_b.jsonl",
        json{{"id", "good_b"}, {"text", ExampleText()}, {"date", "2022-03-10"}}.dump());
  const Outcome run = Sitrep({"extract", "--format", "pretty", Path("good_a.jsonl"),
                              Path("plain.txt"), Path("good_b.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, "plain", "missing published date");
}

TEST_F(SitrepCliTest, ImpossiblePublishedDate) {
  const std::string text = ExampleText();
  Write("feed.jsonl",
        json{{"id", "good_a"}, {"text", text}}.dump() + "\n" +
            json{{"id", "feb30"}, {"text", text}, {"published", "2022-02-30"}}.dump() + "\n" +
            json{{"id", "good_b"}, {"text", text}}.dump() + "\n");
  const Outcome run =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate, Path("feed.jsonl")});
  ExpectOneErrorAndTheRestProcessed(run, "feb30", "2022-02-30");
}

TEST_F(SitrepCliTest, MissingFile) {
  Write("good_a.txt", ExampleText());
  Write("good_b.txt", ExampleText());
  const Outcome run = Sitrep({"extract", "--format", "pretty", "--published", kExampleDate,
                              Path("good_a.txt"), Path("nope.txt"), Path("good_b.txt")});
  EXPECT_EQ(run.exit_code, 1);
  const auto errors = run.ErrorLines();
  ASSERT_EQ(errors.size(), 1u) << run.err;
  EXPECT_EQ(errors[0]["document"], Path("nope.txt"));
  EXPECT_EQ(errors[0]["error"], "not_found");
  EXPECT_NE(run.out.find("good_a  ("), std::string::npos);
  EXPECT_NE(run.out.find("good_b  ("), std::string::npos);
}

// ---- stdin ----

TEST_F(SitrepCliTest, StdinJsonLinesAndPlainText) {
  const std::string text = ExampleText();
  const std::string feed = Write(
      "feed.jsonl", json{{"id", "from-stdin"}, {"text", text}, {"published", "2022-03-10"}}.dump() +
                        "\n" + json{{"text", text}}.dump() + "\n");
  const Outcome json_run = Sitrep({"extract", "--format", "pretty", "-"}, feed);
  EXPECT_EQ(json_run.exit_code, 1);  // line 2 has no date
  EXPECT_NE(json_run.out.find("from-stdin  ("), std::string::npos) << json_run.out;
  const auto errors = json_run.ErrorLines();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0]["document"], "stdin:2");

  const Outcome text_run =
      Sitrep({"extract", "--format", "pretty", "--published", kExampleDate}, Example());
  EXPECT_EQ(text_run.exit_code, 0) << text_run.err;
  EXPECT_EQ(text_run.out.rfind("stdin  (", 0), 0u) << text_run.out;
  // The same text gives the same incidents from a file and from stdin.
  const Outcome from_file =
      Sitrep({"extract", "--format", "csv", "--published", kExampleDate, Example()});
  const Outcome from_stdin =
      Sitrep({"extract", "--format", "csv", "--published", kExampleDate}, Example());
  EXPECT_EQ(Lines(from_stdin.out).size(), Lines(from_file.out).size());
}

}  // namespace
}  // namespace sitrep
