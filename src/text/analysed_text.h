// The text stage: a document normalised, split into paragraphs, sentences and tokens, with every
// byte of the normalised text mapped back to the original. All later stages read this.
#ifndef SITREP_TEXT_ANALYSED_TEXT_H_
#define SITREP_TEXT_ANALYSED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::text {

enum class TokenKind : std::uint8_t {
  kWord,         // letters, with inner hyphens/apostrophes/digits: "Zolote-5", "war-torn"
  kNumber,       // "21", "1,000", "3.5", "14.04.2022"
  kPossessive,   // "'s" or "'" after a word ("Ukraine's" = "Ukraine" + "'s")
  kPunct,        // anything else, one code point per token
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into AnalysedText::text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalised = false;  // first code point is an upper-case letter
  std::uint32_t sentence = 0;
};

struct Sentence {
  std::uint32_t begin = 0;  // byte offsets into AnalysedText::text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // tokens [first_token, end_token)
  std::uint32_t end_token = 0;
  std::uint32_t paragraph = 0;
  // A repeat of an earlier sentence of the same document, or boilerplate ("See the video
  // here"): annotators skip it, so a repeated report is read once.
  bool skip = false;
};

struct Paragraph {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_sentence = 0;  // sentences [first_sentence, end_sentence)
  std::uint32_t end_sentence = 0;
};

struct AnalysedText {
  std::string text;  // NFC, quotes/dashes/spaces unified
  // to_original[i] = byte offset in the original of text byte i; one extra entry for the end.
  std::vector<std::uint32_t> to_original;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  // Lower-cased (ASCII and Unicode) copy of each token, for table lookups.
  std::vector<std::string> lower;

  std::string_view TokenText(std::uint32_t i) const {
    return std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string_view Slice(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  // Text of tokens [first, end) as written.
  std::string_view TokenRange(std::uint32_t first, std::uint32_t end) const {
    return Slice(tokens[first].begin, tokens[end - 1].end);
  }
  std::uint32_t OriginalOffset(std::uint32_t normalised) const { return to_original[normalised]; }
};

// Validates UTF-8 (an error names the byte offset), rejects binary content (NUL bytes or mostly
// control characters), normalises and segments. `abbreviations` are lower-case words that a
// full stop does not end a sentence after ("mr", "gen", "u.s").
struct SegmenterTables;
Result<AnalysedText> Analyse(std::string_view original, const SegmenterTables& tables);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ANALYSED_TEXT_H_
