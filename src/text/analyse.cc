// Normalise and segment one document. One pass decodes and validates UTF-8 while unifying
// quotes, dashes and spaces (keeping a byte map to the original); NFC is applied only where
// ICU's quick check says the text is not already normalised; then tokens, sentences and
// paragraphs are cut, and repeated or boilerplate sentences are marked.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_set>

#include "text/analysed_text.h"
#include "text/segmenter_tables.h"

namespace sitrep::text {
namespace {

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

// The replacement for code points that have a plain equivalent; nullptr to keep `c`.
const char* Unified(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000: case '\t': case '\f': case '\v':
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: case 0x2060:
      return "";
    case 0x2026:
      return "...";
    default:
      if (c >= 0x2000 && c <= 0x200A) return " ";
      return nullptr;
  }
}

// Below U+0300 no code point combines or decomposes under NFC, so a text without one is in NFC.
constexpr UChar32 kFirstNfcSensitive = 0x300;

// Pass 1: validate, unify, map. Returns an error Status for invalid UTF-8 or binary content;
// `may_need_nfc` says whether the text holds a code point NFC could change.
Status Unify(std::string_view in, std::string& out, std::vector<std::uint32_t>& map,
             bool& may_need_nfc) {
  may_need_nfc = false;
  out.reserve(in.size());
  map.reserve(in.size() + 1);
  std::size_t controls = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(in.data());
  const auto length = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    // A run of printable ASCII (most of any English text) is copied as it is.
    int32_t run_end = i;
    while (run_end < length && bytes[run_end] >= 0x20 && bytes[run_end] < 0x7F) ++run_end;
    if (run_end > i) {
      out.append(in.data() + i, static_cast<std::size_t>(run_end - i));
      const std::size_t mapped = map.size();
      map.resize(mapped + static_cast<std::size_t>(run_end - i));
      std::iota(map.begin() + static_cast<std::ptrdiff_t>(mapped), map.end(),
                static_cast<std::uint32_t>(i));
      i = run_end;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      return Status(StatusCode::kInvalidArgument,
                    "invalid UTF-8 at byte " + std::to_string(start), {},
                    static_cast<std::uint64_t>(start));
    }
    if (c == 0) {
      return Status(StatusCode::kInvalidArgument,
                    "binary content (NUL byte at byte " + std::to_string(start) + ")", {},
                    static_cast<std::uint64_t>(start));
    }
    if (c == '\r') {  // CRLF and lone CR become LF
      if (i < length && bytes[i] == '\n') continue;
      c = '\n';
    }
    if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0)) {
      ++controls;
      continue;  // stray control characters carry nothing
    }
    const std::size_t before = out.size();
    if (const char* plain = Unified(c)) {
      out += plain;  // plain ASCII: nothing NFC could change
    } else {
      if (c >= kFirstNfcSensitive) may_need_nfc = true;
      AppendUtf8(out, c);
    }
    map.insert(map.end(), out.size() - before, static_cast<std::uint32_t>(start));
  }
  if (controls > 16 && controls * 10 > in.size()) {
    return Status(StatusCode::kInvalidArgument, "binary content (mostly control characters)");
  }
  map.push_back(static_cast<std::uint32_t>(in.size()));
  return Status::Ok();
}

// Pass 2, rarely needed: NFC by chunks between normalisation boundaries, each chunk's output
// mapped to the chunk's first original byte.
void ApplyNfc(std::string& text, std::vector<std::uint32_t>& map) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return;
  icu::UnicodeString whole = icu::UnicodeString::fromUTF8(text);
  if (nfc->quickCheck(whole, error) == UNORM_YES || U_FAILURE(error)) return;
  std::string out;
  std::vector<std::uint32_t> out_map;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t chunk_start = 0;
  auto flush = [&](int32_t chunk_end) {
    if (chunk_end <= chunk_start) return;
    icu::UnicodeString chunk = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data() + chunk_start, chunk_end - chunk_start));
    UErrorCode e = U_ZERO_ERROR;
    icu::UnicodeString normal = nfc->normalize(chunk, e);
    std::string piece;
    (U_SUCCESS(e) ? normal : chunk).toUTF8String(piece);
    out += piece;
    out_map.insert(out_map.end(), piece.size(), map[static_cast<std::size_t>(chunk_start)]);
    chunk_start = chunk_end;
  };
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (at > chunk_start && nfc->hasBoundaryBefore(c)) flush(at);
  }
  flush(length);
  out_map.push_back(map.back());
  text = std::move(out);
  map = std::move(out_map);
}

UChar32 CodePointAt(const std::string& s, std::size_t i, std::size_t* next) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  if (bytes[i] < 0x80) {
    *next = i + 1;
    return bytes[i];
  }
  auto pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, pos, static_cast<int32_t>(s.size()), c);
  *next = static_cast<std::size_t>(pos);
  return c;
}

bool IsAsciiAlpha(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return IsAsciiAlpha(c) || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK;
}

// u_isalpha and u_isupper without the ICU call for ASCII, where they mean A-Z, a-z.
bool IsAlpha(UChar32 c) { return c < 0x80 ? IsAsciiAlpha(c) : u_isalpha(c); }
bool IsUpper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c); }

bool IsDigit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t';
  return u_isUWhiteSpace(c);
}

std::string Lower(std::string_view s) {
  // One pass for ASCII (nearly every token); ICU for the rest.
  std::string out(s);
  bool ascii = true;
  for (char& ch : out) {
    ascii = ascii && (ch & 0x80) == 0;
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  if (ascii) return out;
  out.clear();
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

// Cuts `text` into tokens. Words keep inner hyphens, apostrophes and digits ("Zolote-5",
// "O'Brien", "40-mile"); a trailing "'s" (or "'" after s) is its own possessive token; numbers
// keep inner separators between digits ("1,000", "14.04.2022"); dotted initialisms ("U.S.",
// "a.m.") are one word.
std::vector<Token> Tokenise(const std::string& text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto at = [&](std::size_t pos) -> UChar32 {
    if (pos >= n) return 0;
    std::size_t next;
    return CodePointAt(text, pos, &next);
  };
  auto is_digit = [&](std::size_t pos) { return pos < n && text[pos] >= '0' && text[pos] <= '9'; };
  while (i < n) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (IsSpace(c)) {
      i = next;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    if (IsWordChar(c)) {
      bool has_letter = !IsDigit(c);
      std::size_t end = next;
      // Dotted initialism: a single letter, '.', a single letter, '.' ...
      if (IsAlpha(c) && end < n && text[end] == '.' && end + 1 < n && IsWordChar(at(end + 1))) {
        std::size_t probe = end;
        std::size_t last = end;
        int letters = 1;
        while (probe < n && text[probe] == '.') {
          std::size_t after;
          UChar32 d = CodePointAt(text, probe + 1, &after);
          if (!IsAlpha(d) || (after < n && IsWordChar(at(after)))) break;
          ++letters;
          probe = after;
          last = probe;
        }
        if (letters >= 2) {
          if (last < n && text[last] == '.') ++last;
          token.end = static_cast<std::uint32_t>(last);
          token.kind = TokenKind::kWord;
          token.capitalised = IsUpper(c);
          tokens.push_back(token);
          i = last;
          continue;
        }
      }
      while (end < n) {
        // Most of a word is ASCII letters and digits.
        if (const char b = text[end]; IsAsciiAlpha(b) || (b >= '0' && b <= '9')) {
          if (!(b >= '0' && b <= '9')) has_letter = true;
          ++end;
          continue;
        }
        std::size_t after;
        UChar32 d = CodePointAt(text, end, &after);
        if (IsWordChar(d)) {
          if (!IsDigit(d)) has_letter = true;
          end = after;
          continue;
        }
        // Inner joiners: hyphen or slash between word characters; apostrophe before letters
        // (but not the possessive 's); , . : between digits.
        if (d == '-' && after < n && IsWordChar(at(after))) {
          end = after;
          continue;
        }
        if (d == '\'' && after < n && IsAlpha(at(after))) {
          std::size_t after2;
          UChar32 e = CodePointAt(text, after, &after2);
          bool possessive = (e == 's' || e == 'S') && (after2 >= n || !IsWordChar(at(after2)));
          if (!possessive) {
            end = after;
            continue;
          }
        }
        if ((d == ',' || d == '.' || d == ':' || d == '/') && !has_letter && is_digit(end - 1) &&
            is_digit(after)) {
          end = after;
          continue;
        }
        break;
      }
      token.end = static_cast<std::uint32_t>(end);
      token.kind = has_letter ? TokenKind::kWord : TokenKind::kNumber;
      token.capitalised = IsUpper(c);
      tokens.push_back(token);
      i = end;
      // Possessive: 's after a word, or a bare ' after a word ending in s.
      if (i < n && text[i] == '\'') {
        if (i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
            (i + 2 >= n || !IsWordChar(at(i + 2)))) {
          tokens.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2),
                            TokenKind::kPossessive, false, 0});
          i += 2;
        } else if ((text[i - 1] == 's' || text[i - 1] == 'S') &&
                   (i + 1 >= n || !IsWordChar(at(i + 1)))) {
          tokens.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1),
                            TokenKind::kPossessive, false, 0});
          i += 1;
        }
      }
      continue;
    }
    token.end = static_cast<std::uint32_t>(next);
    token.kind = TokenKind::kPunct;
    tokens.push_back(token);
    i = next;
  }
  return tokens;
}

bool IsTerminal(std::string_view t) { return t == "." || t == "!" || t == "?"; }
bool IsCloser(std::string_view t) { return t == "\"" || t == "'" || t == ")" || t == "]"; }

// A line that reads as a title or dateline: short and without final punctuation.
bool EndsWithTerminal(const std::string& text, std::size_t line_end) {
  std::size_t i = line_end;
  while (i > 0 && (text[i - 1] == ' ')) --i;
  if (i == 0) return true;
  const char last = text[i - 1];
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ')';
}

// Sentence key for repeat detection: letters and digits only, lower case.
std::string SentenceKey(const AnalysedText& t, const Sentence& s) {
  std::string key;
  key.reserve(s.end - s.begin + 1);
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
    if (t.tokens[k].kind == TokenKind::kWord || t.tokens[k].kind == TokenKind::kNumber) {
      key += t.lower[k];
      key += ' ';
    }
  }
  return key;
}

}  // namespace

Result<AnalysedText> Analyse(std::string_view original, const SegmenterTables& tables) {
  AnalysedText t;
  bool may_need_nfc = false;
  SITREP_RETURN_IF_ERROR(Unify(original, t.text, t.to_original, may_need_nfc));
  if (may_need_nfc) ApplyNfc(t.text, t.to_original);

  t.tokens = Tokenise(t.text);
  t.lower.reserve(t.tokens.size());
  for (const Token& token : t.tokens) {
    t.lower.push_back(Lower(std::string_view(t.text).substr(token.begin, token.end - token.begin)));
  }

  // Line structure: where each token's line starts, to find blank lines and line ends.
  const std::string& s = t.text;
  auto newlines_between = [&](std::uint32_t from, std::uint32_t to) {
    int count = 0;
    for (std::uint32_t k = from; k < to; ++k) {
      if (s[k] == '\n') ++count;
    }
    return count;
  };

  std::uint32_t sentence_first = 0;
  auto close_sentence = [&](std::uint32_t end_token, bool paragraph_break) {
    if (end_token <= sentence_first) return;
    Sentence sentence;
    sentence.first_token = sentence_first;
    sentence.end_token = end_token;
    sentence.begin = t.tokens[sentence_first].begin;
    sentence.end = t.tokens[end_token - 1].end;
    sentence.paragraph = t.paragraphs.empty() ? 0 : static_cast<std::uint32_t>(t.paragraphs.size() - 1);
    if (t.paragraphs.empty()) {
      t.paragraphs.push_back({sentence.begin, sentence.end, 0, 0});
    }
    const auto index = static_cast<std::uint32_t>(t.sentences.size());
    for (std::uint32_t k = sentence_first; k < end_token; ++k) t.tokens[k].sentence = index;
    t.sentences.push_back(sentence);
    Paragraph& p = t.paragraphs.back();
    p.end = sentence.end;
    p.end_sentence = index + 1;
    sentence_first = end_token;
    if (paragraph_break) {
      t.paragraphs.push_back({0, 0, index + 1, index + 1});
    }
  };

  const auto count = static_cast<std::uint32_t>(t.tokens.size());
  for (std::uint32_t k = 0; k < count; ++k) {
    if (sentence_first == k && !t.paragraphs.empty() &&
        t.paragraphs.back().first_sentence == t.sentences.size()) {
      t.paragraphs.back().begin = t.tokens[k].begin;
    }
    if (k + 1 == count) {
      close_sentence(count, false);
      break;
    }
    const Token& next = t.tokens[k + 1];
    const int gap_lines = newlines_between(t.tokens[k].end, next.begin);
    if (gap_lines >= 2) {
      close_sentence(k + 1, true);
      continue;
    }
    if (gap_lines == 1) {
      // A single line break ends a paragraph after final punctuation or a short title line;
      // otherwise it is a hard wrap inside a sentence.
      const std::size_t line_start = s.rfind('\n', t.tokens[k].end == 0 ? 0 : t.tokens[k].end - 1);
      const std::size_t line_length =
          t.tokens[k].end - (line_start == std::string::npos ? 0 : line_start + 1);
      const std::size_t line_end = s.find('\n', t.tokens[k].end);
      if (EndsWithTerminal(s, line_end) || (line_length < 60 && next.capitalised)) {
        close_sentence(k + 1, true);
        continue;
      }
    }
    std::string_view tk = t.TokenText(k);
    if (!IsTerminal(tk)) continue;
    // Closing quotes and brackets stay with the sentence they close.
    std::uint32_t end = k + 1;
    while (end < count && IsCloser(t.TokenText(end)) && newlines_between(t.tokens[end - 1].end, t.tokens[end].begin) == 0 &&
           t.tokens[end].begin == t.tokens[end - 1].end) {
      ++end;
    }
    if (end >= count) continue;
    const Token& after = t.tokens[end];
    std::string_view after_text = t.TokenText(end);
    const bool starts_sentence = after.capitalised || after.kind == TokenKind::kNumber ||
                                 after_text == "\"" || after_text == "'" || after_text == "(";
    if (!starts_sentence) continue;
    if (tk == "." && k > sentence_first) {
      const std::string& previous = t.lower[k - 1];
      const bool initial = t.tokens[k - 1].end - t.tokens[k - 1].begin == 1 &&
                           t.tokens[k - 1].capitalised;
      if (tables.abbreviations.count(previous) > 0 || initial) continue;
    }
    k = end - 1;
    close_sentence(end, false);
  }
  if (!t.paragraphs.empty() && t.paragraphs.back().first_sentence == t.sentences.size()) {
    t.paragraphs.pop_back();  // a paragraph opened after the last break holds nothing
  }
  for (std::uint32_t p = 0; p < t.paragraphs.size(); ++p) {
    for (std::uint32_t k = t.paragraphs[p].first_sentence; k < t.paragraphs[p].end_sentence; ++k) {
      t.sentences[k].paragraph = p;
    }
  }

  // In text written in lower case, a paragraph written wholly in capitals is a heading (a
  // section's, or the title of another story the page links to), not a report: skipped. Text in
  // capitals throughout (wire copy) keeps every paragraph.
  std::size_t lower_letters = 0, upper_letters = 0;
  for (char c : t.text) {
    lower_letters += c >= 'a' && c <= 'z';
    upper_letters += c >= 'A' && c <= 'Z';
  }
  if (lower_letters > upper_letters) {
    constexpr std::size_t kHeadingLetters = 12;  // "UKRAINE LATEST" and longer
    for (const Paragraph& p : t.paragraphs) {
      std::size_t lower = 0, upper = 0;
      for (std::uint32_t b = p.begin; b < p.end && b < t.text.size(); ++b) {
        lower += t.text[b] >= 'a' && t.text[b] <= 'z';
        upper += t.text[b] >= 'A' && t.text[b] <= 'Z';
      }
      if (lower > 0 || upper < kHeadingLetters) continue;
      for (std::uint32_t k = p.first_sentence; k < p.end_sentence; ++k) t.sentences[k].skip = true;
    }
  }

  // Repeats and boilerplate.
  std::unordered_set<std::string> seen;
  for (Sentence& sentence : t.sentences) {
    std::string key = SentenceKey(t, sentence);
    const std::size_t words = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
    for (const std::string& prefix : tables.boilerplate) {
      if (words <= 12 && key.rfind(prefix, 0) == 0) sentence.skip = true;
    }
    if (words >= 6 && !seen.insert(key).second) sentence.skip = true;
  }
  return t;
}

}  // namespace sitrep::text
