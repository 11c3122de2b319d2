#include "io/input.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <system_error>
#include <utility>

namespace sitrep::io {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
// (overlongs, surrogates and code points above U+10FFFF included), or nullopt.
std::optional<std::size_t> FirstInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    }
    i += len;
  }
  return std::nullopt;
}

Status InvalidArgument(std::string message, const std::string& document) {
  return Status(StatusCode::kInvalidArgument, std::move(message), document);
}

// Reads one line (without its '\n' and a trailing '\r') into `line`, keeping at most `max_bytes`
// of it: a longer line is consumed to its end and reported through `too_long`, so one giant line
// neither exhausts memory nor desynchronises the following ones. False at the end of input.
bool ReadBoundedLine(std::istream& in, std::string& line, std::size_t max_bytes,
                     std::size_t& length, bool& too_long) {
  line.clear();
  length = 0;
  too_long = false;
  if (in.rdbuf() == nullptr) return false;
  bool any = false;
  // istream::getline scans the stream's buffer for the newline in bulk (a byte at a time through
  // sbumpc was the reader's main cost); a line longer than the chunk comes in several pieces.
  char chunk[1 << 14];
  for (;;) {
    in.getline(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    std::size_t stored = got;
    bool line_done = true;
    if (in.eof() || in.bad()) {
      // The input ended (no newline after the last piece).
    } else if (in.fail()) {
      in.clear();  // the chunk filled before the newline
      line_done = false;
    } else {
      stored = got - 1;  // the newline was read, not stored
    }
    any = any || got > 0;
    length += stored;
    if (!too_long) {
      if (length <= max_bytes) {
        line.append(chunk, stored);
      } else {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      }
    }
    if (line_done) break;
  }
  if (!any) return false;
  if (!too_long && !line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

// A JSON value as a plain string: strings as they are, numbers as written, anything else empty.
std::string AsString(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return {};
}

// One field of a JSON line as the fast path reads it.
struct FlatField {
  bool present = false;
  bool is_null = false;
  bool is_string = false;
  std::string value;  // the string, or a number as written (see AsString); else empty
};

// The fields ParseJsonLine reads, from a flat object whose values are all strings or nulls.
struct FlatRecord {
  FlatField id, text, published, seendate_utc, date, source, url, title;

  FlatField* Find(std::string_view key) {
    if (key == "id") return &id;
    if (key == "text") return &text;
    if (key == "published") return &published;
    if (key == "seendate_utc") return &seendate_utc;
    if (key == "date") return &date;
    if (key == "source") return &source;
    if (key == "url") return &url;
    if (key == "title") return &title;
    return nullptr;
  }
};

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ReadHex4(std::string_view s, std::size_t at, unsigned* out) {
  if (at + 4 > s.size()) return false;
  unsigned v = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int d = HexDigit(s[at + k]);
    if (d < 0) return false;
    v = v * 16 + static_cast<unsigned>(d);
  }
  *out = v;
  return true;
}

void AppendUtf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Reads the JSON string whose opening quote is at s[*pos] into *out (when out is not null);
// *pos ends past the closing quote. False on anything nlohmann might judge differently (a
// control character, a bad escape, a lone surrogate): the caller then falls back to nlohmann.
bool ReadJsonString(std::string_view s, std::size_t* pos, std::string* out) {
  std::size_t i = *pos + 1;
  for (;;) {
    std::size_t run = i;
    // Eight plain bytes at a time: none a quote, a backslash or a control character.
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    while (run + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + run, 8);
      const std::uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
      const std::uint64_t special = ((quote - kOnes) & ~quote) |
                                    ((backslash - kOnes) & ~backslash) | ((w - kOnes * 0x20) & ~w);
      if ((special & kHighs) != 0) break;
      run += 8;
    }
    while (run < s.size() && s[run] != '"' && s[run] != '\\' &&
           static_cast<unsigned char>(s[run]) >= 0x20) {
      ++run;
    }
    if (out != nullptr) out->append(s.data() + i, run - i);
    i = run;
    if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x20) return false;
    if (s[i] == '"') {
      *pos = i + 1;
      return true;
    }
    // An escape.
    if (i + 1 >= s.size()) return false;
    const char e = s[i + 1];
    char plain = 0;
    switch (e) {
      case '"':
        plain = '"';
        break;
      case '\\':
        plain = '\\';
        break;
      case '/':
        plain = '/';
        break;
      case 'b':
        plain = '\b';
        break;
      case 'f':
        plain = '\f';
        break;
      case 'n':
        plain = '\n';
        break;
      case 'r':
        plain = '\r';
        break;
      case 't':
        plain = '\t';
        break;
      case 'u':
        break;
      default:
        return false;
    }
    if (e != 'u') {
      if (out != nullptr) out->push_back(plain);
      i += 2;
      continue;
    }
    unsigned cp = 0;
    if (!ReadHex4(s, i + 2, &cp)) return false;
    i += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (i + 1 >= s.size() || s[i] != '\\' || s[i + 1] != 'u' || !ReadHex4(s, i + 2, &low) ||
          low < 0xDC00 || low > 0xDFFF) {
        return false;
      }
      i += 6;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (out != nullptr) AppendUtf8(cp, out);
  }
}

// The fast path of ParseJsonLine: a flat object whose values are strings or nulls, each
// field read at most once, in valid UTF-8. Anything else (numbers, nesting, duplicates,
// malformed input) is nullopt and goes to nlohmann, which keeps its behaviour and messages.
std::optional<FlatRecord> ParseFlatObject(std::string_view s) {
  if (FirstInvalidUtf8(s)) return std::nullopt;
  FlatRecord record;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && IsJsonSpace(s[i])) ++i;
  };
  skip_space();
  if (i >= s.size() || s[i] != '{') return std::nullopt;
  ++i;
  skip_space();
  if (i < s.size() && s[i] == '}') {
    ++i;
  } else {
    std::string key;
    for (;;) {
      skip_space();
      if (i >= s.size() || s[i] != '"') return std::nullopt;
      key.clear();
      if (!ReadJsonString(s, &i, &key)) return std::nullopt;
      skip_space();
      if (i >= s.size() || s[i] != ':') return std::nullopt;
      ++i;
      skip_space();
      if (i >= s.size()) return std::nullopt;
      FlatField* field = record.Find(key);
      if (field != nullptr && field->present) return std::nullopt;
      if (s[i] == '"') {
        if (!ReadJsonString(s, &i, field != nullptr ? &field->value : nullptr)) return std::nullopt;
      } else if (s.substr(i, 4) == "null") {
        i += 4;
        if (field != nullptr) field->is_null = true;
      } else {
        return std::nullopt;
      }
      if (field != nullptr) {
        field->present = true;
        field->is_string = !field->is_null;
      }
      skip_space();
      if (i >= s.size()) return std::nullopt;
      if (s[i] == ',') {
        ++i;
        continue;
      }
      if (s[i] != '}') return std::nullopt;
      ++i;
      break;
    }
  }
  skip_space();
  if (i != s.size()) return std::nullopt;
  return record;
}

// The fields of a parsed object, as AsString reads them.
FlatRecord FieldsOf(const json& object) {
  FlatRecord record;
  for (const char* name :
       {"id", "text", "published", "seendate_utc", "date", "source", "url", "title"}) {
    auto it = object.find(name);
    if (it == object.end()) continue;
    FlatField* field = record.Find(name);
    field->present = true;
    field->is_null = it->is_null();
    field->is_string = it->is_string();
    field->value = AsString(*it);
  }
  return record;
}

// ParseJsonLine's reading of the fields, shared by the fast path and the nlohmann one.
Result<Document> DocumentFromRecord(FlatRecord record, const std::string& location,
                                    const ReadOptions& options) {
  Document document;
  document.id = std::move(record.id.value);
  if (document.id.empty()) document.id = location;

  FlatField& text = record.text;
  if (!text.present || !text.is_string) {
    return InvalidArgument("missing \"text\" string", document.id);
  }
  document.text = std::move(text.value);
  SITREP_RETURN_IF_ERROR(CheckText(document.text, document.id, options.max_document_bytes));

  // Real feeds name the date differently; the first field present decides, and a present but
  // impossible date is an error rather than a silent fall-back.
  bool dated = false;
  for (const char* field : {"published", "seendate_utc", "date"}) {
    const FlatField& f = *record.Find(field);
    if (!f.present || f.is_null) continue;
    const std::string& value = f.value;
    document.published = ParsePublishedDate(value);
    if (!document.published) {
      return InvalidArgument(
          std::string("impossible or malformed date in \"") + field + "\": '" + value + "'",
          document.id);
    }
    dated = true;
    break;
  }
  if (!dated) {
    if (!options.published && options.require_published) {
      return InvalidArgument("missing published date (no \"published\" field and no --published)",
                             document.id);
    }
    document.published = options.published;
  }
  document.source = std::move(record.source.value);
  if (document.source.empty()) document.source = options.source;
  document.url = std::move(record.url.value);
  document.title = std::move(record.title.value);
  return document;
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      std::vector<std::string> inside;
      fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) inside.push_back(it->path().string());
      }
      std::sort(inside.begin(), inside.end());
      files.insert(files.end(), std::make_move_iterator(inside.begin()),
                   std::make_move_iterator(inside.end()));
    } else {
      files.push_back(arg);
    }
  }
  return files;
}

bool IsJsonLinesPath(std::string_view path) {
  const std::string extension = fs::path(path).extension().string();
  return extension == ".jsonl" || extension == ".ndjson";
}

std::string DocumentIdFromPath(std::string_view path) { return fs::path(path).stem().string(); }

Status CheckText(std::string_view text, const std::string& document_id, std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    return InvalidArgument("document of " + std::to_string(text.size()) +
                               " bytes exceeds the limit of " + std::to_string(max_bytes) +
                               " bytes",
                           document_id);
  }
  if (IsBlank(text)) return InvalidArgument("empty document", document_id);
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    return Status(StatusCode::kInvalidArgument,
                  "binary content (NUL byte at byte " + std::to_string(nul) + ")", document_id,
                  nul);
  }
  if (const auto bad = FirstInvalidUtf8(text)) {
    return Status(StatusCode::kInvalidArgument, "invalid UTF-8 at byte " + std::to_string(*bad),
                  document_id, *bad);
  }
  return Status::Ok();
}

std::optional<Date> ParsePublishedDate(std::string_view text) {
  if (auto date = ParseIsoDate(text)) return date;
  // "2022-03-02 10:00:00" and other date-then-time forms: the day is what counts.
  if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T') && text[4] == '-') {
    return ParseIsoDate(text.substr(0, 10));
  }
  return std::nullopt;
}

Result<Document> MakeTextDocument(std::string id, std::string text, const ReadOptions& options) {
  if (std::string_view(text).substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    text.erase(0, kUtf8Bom.size());
  }
  SITREP_RETURN_IF_ERROR(CheckText(text, id, options.max_document_bytes));
  if (!options.published && options.require_published) {
    return InvalidArgument("missing published date (pass --published YYYY-MM-DD)", id);
  }
  Document document;
  document.id = std::move(id);
  document.text = std::move(text);
  document.published = options.published;
  document.source = options.source;
  return document;
}

Result<Document> ParseJsonLine(std::string_view line, const std::string& location,
                               const ReadOptions& options) {
  if (line.substr(0, kUtf8Bom.size()) == kUtf8Bom) line.remove_prefix(kUtf8Bom.size());
  if (auto flat = ParseFlatObject(line)) {
    return DocumentFromRecord(std::move(*flat), location, options);
  }
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    // nlohmann's message names the byte; keep it, it tells the user where the line breaks.
    return InvalidArgument(std::string("malformed JSON line: ") + e.what(), location);
  }
  if (!record.is_object()) return InvalidArgument("JSON line is not an object", location);
  return DocumentFromRecord(FieldsOf(record), location, options);
}

DocumentReader::DocumentReader(const std::vector<std::string>& inputs, ReadOptions options,
                               std::istream* stdin_stream)
    : files_(ExpandInputs(inputs)), options_(std::move(options)), stdin_stream_(stdin_stream) {}

DocumentReader::~DocumentReader() = default;

std::optional<Result<Document>> DocumentReader::Next() {
  for (;;) {
    if (json_stream_ != nullptr) {
      if (auto item = NextJsonLine()) return item;
      json_stream_ = nullptr;
      json_file_.reset();
    }
    if (next_file_ >= files_.size()) return std::nullopt;
    const std::string path = files_[next_file_++];

    if (path == "-") {
      if (stdin_stream_ == nullptr) {
        return Result<Document>(Status(StatusCode::kIoError, "no standard input", "stdin"));
      }
      // Peek past leading blanks without consuming anything a text document needs.
      std::streambuf* buf = stdin_stream_->rdbuf();
      int c = buf != nullptr ? buf->sgetc() : std::char_traits<char>::eof();
      std::string blanks;
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        blanks.push_back(static_cast<char>(buf->sbumpc()));
        c = buf->sgetc();
      }
      if (c == '{') {
        json_stream_ = stdin_stream_;
        json_label_ = "stdin";
        json_line_ = static_cast<std::size_t>(std::count(blanks.begin(), blanks.end(), '\n'));
        continue;
      }
      return ReadTextStream(*stdin_stream_, "stdin", std::move(blanks));
    }

    std::error_code ec;
    if (!fs::exists(path, ec)) {
      return Result<Document>(Status(StatusCode::kNotFound, "no such file", path));
    }
    if (IsJsonLinesPath(path)) {
      json_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*json_file_) {
        json_file_.reset();
        return Result<Document>(Status(StatusCode::kIoError, "cannot open file", path));
      }
      json_stream_ = json_file_.get();
      json_label_ = path;
      json_line_ = 0;
      continue;
    }
    return ReadTextFile(path);
  }
}

std::optional<Result<Document>> DocumentReader::NextJsonLine() {
  std::string line;
  std::size_t length = 0;
  bool too_long = false;
  while (
      ReadBoundedLine(*json_stream_, line, options_.max_document_bytes + 4096, length, too_long)) {
    ++json_line_;
    const std::string location = json_label_ + ":" + std::to_string(json_line_);
    if (too_long) {
      return Result<Document>(InvalidArgument(
          "JSON line of " + std::to_string(length) + " bytes exceeds the limit of " +
              std::to_string(options_.max_document_bytes) + " bytes",
          location));
    }
    if (IsBlank(line)) continue;
    return ParseJsonLine(line, location, options_);
  }
  return std::nullopt;
}

Result<Document> DocumentReader::ReadTextFile(const std::string& path) {
  const std::string id = DocumentIdFromPath(path);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  // Refuse before reading, so a huge file costs nothing.
  if (!ec && size > options_.max_document_bytes + kUtf8Bom.size()) {
    return InvalidArgument("document of " + std::to_string(size) + " bytes exceeds the limit of " +
                               std::to_string(options_.max_document_bytes) + " bytes",
                           id);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open file " + path, id);
  return ReadTextStream(in, id, {});
}

Result<Document> DocumentReader::ReadTextStream(std::istream& in, const std::string& id,
                                                std::string prefix) {
  // Read at most one byte past the limit, then drain: the limit check needs no more.
  const std::size_t cap = options_.max_document_bytes + kUtf8Bom.size() + 1;
  std::string text = std::move(prefix);
  std::size_t total = text.size();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    const auto got = static_cast<std::size_t>(in.gcount());
    total += got;
    if (text.size() < cap) text.append(chunk, std::min(got, cap - text.size()));
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read error", id);
  if (total > options_.max_document_bytes + kUtf8Bom.size()) {
    return InvalidArgument("document of " + std::to_string(total) + " bytes exceeds the limit of " +
                               std::to_string(options_.max_document_bytes) + " bytes",
                           id);
  }
  return MakeTextDocument(id, std::move(text), options_);
}

}  // namespace sitrep::io
