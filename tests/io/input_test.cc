#include "io/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep::io {
namespace {

namespace fs = std::filesystem;

ReadOptions Dated() {
  ReadOptions options;
  options.published = Date{2022, 3, 2};
  options.source = "Fallback Outlet";
  return options;
}

// A fresh temporary folder per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("sitrep_io_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::vector<Result<Document>> ReadAll(DocumentReader& reader) {
  std::vector<Result<Document>> items;
  while (auto item = reader.Next()) items.push_back(std::move(*item));
  return items;
}

TEST(ParseJsonLineTest, ReadsAllFields) {
  auto doc = ParseJsonLine(
      R"({"id":"a1","text":"Shelling hit Kharkiv.","published":"2022-03-02T10:00:00Z",)"
      R"("source":"Outlet","url":"http://x","title":"T"})",
      "f.jsonl:1", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "a1");
  EXPECT_EQ(doc->text, "Shelling hit Kharkiv.");
  EXPECT_EQ(doc->published, (Date{2022, 3, 2}));
  EXPECT_EQ(doc->source, "Outlet");
  EXPECT_EQ(doc->url, "http://x");
  EXPECT_EQ(doc->title, "T");
}

TEST(ParseJsonLineTest, FallsBackToLocationIdAndOptionDateAndSource) {
  auto doc = ParseJsonLine(R"({"text":"Some text."})", "f.jsonl:7", Dated());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->id, "f.jsonl:7");
  EXPECT_EQ(doc->published, (Date{2022, 3, 2}));
  EXPECT_EQ(doc->source, "Fallback Outlet");
}

TEST(ParseJsonLineTest, AcceptsFeedDateFields) {
  auto seen = ParseJsonLine(R"({"id":"s","text":"x y","seendate_utc":"20220125T090000Z"})", "l",
                            ReadOptions{});
  ASSERT_TRUE(seen.ok()) << seen.status().ToString();
  EXPECT_EQ(seen->published, (Date{2022, 1, 25}));
  auto dated =
      ParseJsonLine(R"({"id":"d","text":"x y","date":"2022-01-26 08:00:00"})", "l", ReadOptions{});
  ASSERT_TRUE(dated.ok()) << dated.status().ToString();
  EXPECT_EQ(dated->published, (Date{2022, 1, 26}));
  // "published" wins over the others and over --published.
  auto both = ParseJsonLine(R"({"id":"b","text":"x","published":"2022-02-01","date":"2021-01-01"})",
                            "l", Dated());
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->published, (Date{2022, 2, 1}));
}

TEST(ParseJsonLineTest, NumericIdIsKept) {
  auto doc = ParseJsonLine(R"({"id":42,"text":"x","published":"2022-03-02"})", "l", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->id, "42");
}

// Flat string-valued lines take a fast path; these pin down what it must agree on with the
// general parser (escapes, nulls, spacing) and what it must leave to it.
TEST(ParseJsonLineTest, DecodesEscapesNullsAndSpacing) {
  auto doc = ParseJsonLine(
      " { \"id\" : \"e\\u00e9\" ,\"text\":\"Line\\none \\\"q\\\" \\ud83d\\ude00 a\\/b\\t\","
      "\"source\":null,\"extra\":\"x\",\"published\":\"2022-03-02\"}\r",
      "l", Dated());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "e\xC3\xA9");
  EXPECT_EQ(doc->text, "Line\none \"q\" \xF0\x9F\x98\x80 a/b\t");
  EXPECT_EQ(doc->source, "Fallback Outlet");
}

TEST(ParseJsonLineTest, UnusualLinesKeepTheGeneralParsersReading) {
  // Nested and non-string values, a repeated field (the last wins).
  auto doc = ParseJsonLine(
      R"({"id":7.5,"meta":{"a":[1,{"b":null}]},"text":"one","text":"two","published":"2022-03-02"})",
      "l", Dated());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "7.5");
  EXPECT_EQ(doc->text, "two");
  // A lone surrogate, a raw control character, trailing garbage: malformed.
  for (const char* line :
       {R"({"text":"a\ud800b"})", "{\"text\":\"a\x01b\"}",
        "{\"text\":\"abcdefghijklmnop\x1Fqrstuvwxyz0123456789\"}", R"({"text":"a"} x)"}) {
    auto bad = ParseJsonLine(line, "f.jsonl:2", Dated());
    ASSERT_FALSE(bad.ok()) << line;
    EXPECT_EQ(bad.status().message().rfind("malformed JSON line: ", 0), 0u) << line;
  }
  auto text_null = ParseJsonLine(R"({"id":"n","text":null})", "l", Dated());
  ASSERT_FALSE(text_null.ok());
  EXPECT_EQ(text_null.status().message(), "missing \"text\" string");
}

TEST(ParseJsonLineTest, ErrorsNameTheDocument) {
  auto malformed = ParseJsonLine(R"({"id":"a","text":)", "f.jsonl:3", Dated());
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.status().document(), "f.jsonl:3");
  EXPECT_EQ(malformed.status().code(), StatusCode::kInvalidArgument);

  auto not_object = ParseJsonLine("[1,2]", "f.jsonl:4", Dated());
  ASSERT_FALSE(not_object.ok());
  EXPECT_EQ(not_object.status().document(), "f.jsonl:4");

  auto no_text = ParseJsonLine(R"({"id":"a"})", "f.jsonl:5", Dated());
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.status().document(), "a");

  auto impossible =
      ParseJsonLine(R"({"id":"b","text":"x","published":"2022-02-30"})", "l", Dated());
  ASSERT_FALSE(impossible.ok());
  EXPECT_EQ(impossible.status().document(), "b");
  EXPECT_NE(impossible.status().message().find("2022-02-30"), std::string::npos);

  auto undated = ParseJsonLine(R"({"id":"c","text":"x"})", "l", ReadOptions{});
  ASSERT_FALSE(undated.ok());
  EXPECT_EQ(undated.status().document(), "c");
  EXPECT_NE(undated.status().message().find("published"), std::string::npos);

  auto empty = ParseJsonLine(R"({"id":"e","text":"  \n "})", "l", Dated());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), "empty document");

  auto bad_utf8 = ParseJsonLine("{\"id\":\"u\",\"text\":\"ab\xC3\x28\"}", "f.jsonl:9", Dated());
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.status().document(), "f.jsonl:9");
}

TEST(CheckTextTest, FindsEachProblem) {
  EXPECT_TRUE(CheckText("Plain text, caf\xC3\xA9.", "d", 100).ok());
  EXPECT_EQ(CheckText("", "d", 100).message(), "empty document");
  EXPECT_EQ(CheckText(" \n\t", "d", 100).message(), "empty document");
  const Status bad = CheckText("0123456789ab\xFF rest", "d", 100);
  EXPECT_EQ(bad.message(), "invalid UTF-8 at byte 12");
  EXPECT_EQ(bad.offset(), 12u);
  EXPECT_EQ(bad.document(), "d");
  EXPECT_EQ(CheckText("overlong \xC0\xAF", "d", 100).message(), "invalid UTF-8 at byte 9");
  EXPECT_EQ(CheckText("surrogate \xED\xA0\x80", "d", 100).message(), "invalid UTF-8 at byte 10");
  EXPECT_EQ(CheckText("cut \xE2\x82", "d", 100).message(), "invalid UTF-8 at byte 4");
  EXPECT_NE(CheckText(std::string("bin\0ary", 7), "d", 100).message().find("binary"),
            std::string::npos);
  EXPECT_NE(CheckText(std::string(101, 'a'), "d", 100).message().find("exceeds"),
            std::string::npos);
  EXPECT_TRUE(CheckText(std::string(100, 'a'), "d", 100).ok());
}

TEST(MakeTextDocumentTest, NeedsAPublishedDate) {
  auto undated = MakeTextDocument("x", "Some text.", ReadOptions{});
  ASSERT_FALSE(undated.ok());
  EXPECT_EQ(undated.status().document(), "x");
  auto dated = MakeTextDocument("x", "\xEF\xBB\xBFSome text.", Dated());
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->text, "Some text.");  // the BOM is not text
  EXPECT_EQ(dated->source, "Fallback Outlet");
}

TEST(PathsTest, IdsAndKinds) {
  EXPECT_EQ(DocumentIdFromPath("a/b/article_7.txt"), "article_7");
  EXPECT_EQ(DocumentIdFromPath("noext"), "noext");
  EXPECT_TRUE(IsJsonLinesPath("x/feed.jsonl"));
  EXPECT_TRUE(IsJsonLinesPath("feed.ndjson"));
  EXPECT_FALSE(IsJsonLinesPath("feed.json"));
  EXPECT_FALSE(IsJsonLinesPath("feed.txt"));
}

TEST(DocumentReaderTest, ExpandsFoldersRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second.");
  dir.Write("a/z.txt", "First.");
  dir.Write("c/d/e.txt", "Third.");
  const auto files = ExpandInputs({dir.path()});
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(fs::path(files[0]).filename(), "z.txt");
  EXPECT_EQ(fs::path(files[1]).filename(), "b.txt");
  EXPECT_EQ(fs::path(files[2]).filename(), "e.txt");

  DocumentReader reader({dir.path()}, Dated(), nullptr);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]->id, "z");
  EXPECT_EQ(items[0]->text, "First.");
  EXPECT_EQ(items[2]->id, "e");
}

TEST(DocumentReaderTest, GoesOnAfterEveryKindOfError) {
  TempDir dir;
  const std::string feed =
      dir.Write("feed.jsonl",
                "{\"id\":\"ok1\",\"text\":\"One.\",\"published\":\"2022-03-01\"}\n"
                "{\"id\":\"broken\",\"text\":\n"
                "\n"
                "{\"id\":\"impossible\",\"text\":\"Two.\",\"published\":\"2022-02-30\"}\r\n"
                "{\"text\":\"Three.\"}\n"
                "{\"id\":\"ok2\",\"text\":\"Four.\",\"published\":\"2022-03-04\"}");
  const std::string empty = dir.Write("empty.txt", "");
  const std::string good = dir.Write("good.txt", "Five.");
  DocumentReader reader({feed, dir.path() + "/missing.txt", empty, good}, ReadOptions{}, nullptr);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), 8u);
  EXPECT_TRUE(items[0].ok());
  EXPECT_EQ(items[0]->id, "ok1");
  EXPECT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].status().document(), feed + ":2");
  EXPECT_FALSE(items[2].ok());
  EXPECT_EQ(items[2].status().document(), "impossible");
  EXPECT_FALSE(items[3].ok());  // no date anywhere
  EXPECT_EQ(items[3].status().document(), feed + ":5");
  ASSERT_TRUE(items[4].ok());
  EXPECT_EQ(items[4]->id, "ok2");
  EXPECT_FALSE(items[5].ok());
  EXPECT_EQ(items[5].status().code(), StatusCode::kNotFound);
  EXPECT_EQ(items[5].status().document(), dir.path() + "/missing.txt");
  EXPECT_FALSE(items[6].ok());
  EXPECT_EQ(items[6].status().document(), "empty");
  // good.txt has no date either: an error for it, not a guess.
  EXPECT_FALSE(items[7].ok());
  EXPECT_EQ(items[7].status().document(), "good");
}

TEST(DocumentReaderTest, RefusesOversizedDocumentsWithoutLosingTheNext) {
  TempDir dir;
  ReadOptions options = Dated();
  options.max_document_bytes = 1000;
  const std::string big_text = dir.Write("big.txt", std::string(5000, 'a'));
  const std::string feed =
      dir.Write("feed.jsonl", "{\"id\":\"huge\",\"text\":\"" + std::string(5000, 'b') + "\"}\n" +
                                  "{\"id\":\"giant\",\"text\":\"" + std::string(50000, 'c') +
                                  "\"}\n" + "{\"id\":\"small\",\"text\":\"ok\"}\n");
  DocumentReader reader({big_text, feed}, options, nullptr);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_FALSE(items[0].ok());
  EXPECT_EQ(items[0].status().document(), "big");
  // A line a little over the limit is parsed, so the error can name its id; a giant one is
  // skipped unparsed and named by its line.
  EXPECT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].status().document(), "huge");
  EXPECT_FALSE(items[2].ok());
  EXPECT_EQ(items[2].status().document(), feed + ":2");
  ASSERT_TRUE(items[3].ok());
  EXPECT_EQ(items[3]->id, "small");
}

TEST(DocumentReaderTest, ReadsLongLinesCrlfAndAnUnterminatedLastLine) {
  // Lines of 16381 to 16385 bytes (around the reader's 16 KiB chunk) and longer, read whole.
  std::string feed;
  std::vector<std::size_t> sizes;
  for (std::size_t size : {16356u, 16357u, 16358u, 16359u, 16360u, 40000u}) {
    sizes.push_back(size);
    feed +=
        "{\"id\":\"" + std::to_string(size) + "\",\"text\":\"" + std::string(size, 'x') + "\"}\r\n";
  }
  feed += "{\"id\":\"last\",\"text\":\"end\"}";
  std::istringstream in(feed);
  DocumentReader reader({"-"}, Dated(), &in);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), sizes.size() + 1);
  for (std::size_t k = 0; k < sizes.size(); ++k) {
    ASSERT_TRUE(items[k].ok()) << items[k].status().ToString();
    EXPECT_EQ(items[k]->id, std::to_string(sizes[k]));
    EXPECT_EQ(items[k]->text.size(), sizes[k]);
  }
  ASSERT_TRUE(items.back().ok());
  EXPECT_EQ(items.back()->text, "end");
}

TEST(DocumentReaderTest, StdinIsJsonLinesWhenItStartsWithABrace) {
  std::istringstream in("\n {\"id\":\"s1\",\"text\":\"A.\"}\n{\"text\":\"B.\"}\n");
  DocumentReader reader({"-"}, Dated(), &in);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->id, "s1");
  EXPECT_EQ(items[1]->id, "stdin:3");
}

TEST(DocumentReaderTest, StdinIsOneTextDocumentOtherwise) {
  std::istringstream in("\n  Plain text {with braces}.\n");
  DocumentReader reader({"-"}, Dated(), &in);
  auto items = ReadAll(reader);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok());
  EXPECT_EQ(items[0]->id, "stdin");
  EXPECT_EQ(items[0]->text, "\n  Plain text {with braces}.\n");  // offsets stay true
}

}  // namespace
}  // namespace sitrep::io
