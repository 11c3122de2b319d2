// Reading documents for the CLI: files, folders and stdin; plain text or JSON Lines.
//
// Every input problem (a missing file, a malformed JSON line, an empty or binary document, a
// missing or impossible publication date, a document over the size limit) becomes one error
// Status naming the document ("<id>" or "<file>:<line>"), and reading goes on with the next one.
// Nothing here throws, and JSON Lines are streamed a line at a time.
#ifndef SITREP_IO_INPUT_H_
#define SITREP_IO_INPUT_H_

#include <cstddef>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/date.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::io {

// Larger documents are refused: no news article comes near it, and it bounds memory per thread.
inline constexpr std::size_t kDefaultMaxDocumentBytes = 8u << 20;  // 8 MiB

struct ReadOptions {
  std::optional<Date> published;  // --published: for documents that carry no date of their own
  std::string source;             // --source: the outlet, for documents that name none
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // `extract` needs every document dated; `places` reads undated ones too (the date only
  // narrows the conflict theatres that break ties between namesakes).
  bool require_published = true;
};

// The input arguments as files to read, in order: a folder becomes every regular file inside it,
// recursively, sorted by path; "-" (stdin) and paths that do not exist are kept as they are (so
// reading reports the missing ones).
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args);

// Whether a file is read as JSON Lines (".jsonl" or ".ndjson") rather than one plain-text document.
bool IsJsonLinesPath(std::string_view path);

// The id of a plain-text document: its file name without the extension ("a/b/x.txt" -> "x").
std::string DocumentIdFromPath(std::string_view path);

// Problems in the text itself: empty or blank, over the size limit, binary (a NUL byte), or
// invalid UTF-8 (the message gives the byte offset). Ok otherwise.
Status CheckText(std::string_view text, const std::string& document_id, std::size_t max_bytes);

// Parses a publication date as feeds write it: "2022-03-02", "2022-03-02T10:00:00Z",
// "2022-03-02 10:00:00", "20220302T101500Z". nullopt when malformed or impossible.
std::optional<Date> ParsePublishedDate(std::string_view text);

// One plain-text document: the publication date comes from the options, and its absence is an
// error (never a guess).
Result<Document> MakeTextDocument(std::string id, std::string text, const ReadOptions& options);

// One JSON Lines record {"id","text","published","source"?,"url"?,"title"?}. `location` is
// "<file>:<line>", the id when the record has none. The date is "published", else
// "seendate_utc", else "date", else the options' date; a present but impossible date is an error.
Result<Document> ParseJsonLine(std::string_view line, const std::string& location,
                               const ReadOptions& options);

// Yields the documents of the inputs one at a time, in input order, each a Document or the error
// that stands for it. Holds at most one document in memory.
class DocumentReader {
 public:
  // `inputs` as given on the command line (see ExpandInputs); "-" reads `stdin_stream`, which is
  // JSON Lines when its first non-blank byte is '{' and one plain-text document ("stdin")
  // otherwise.
  DocumentReader(const std::vector<std::string>& inputs, ReadOptions options,
                 std::istream* stdin_stream);
  ~DocumentReader();

  // The next document or error; nullopt when every input is read.
  std::optional<Result<Document>> Next();

 private:
  std::optional<Result<Document>> NextJsonLine();
  Result<Document> ReadTextFile(const std::string& path);
  Result<Document> ReadTextStream(std::istream& in, const std::string& id, std::string prefix);

  std::vector<std::string> files_;
  std::size_t next_file_ = 0;
  ReadOptions options_;
  std::istream* stdin_stream_;
  // The JSON Lines input being read, if any.
  std::unique_ptr<std::ifstream> json_file_;
  std::istream* json_stream_ = nullptr;
  std::string json_label_;
  std::size_t json_line_ = 0;
};

}  // namespace sitrep::io

#endif  // SITREP_IO_INPUT_H_
