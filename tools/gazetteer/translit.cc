#include "translit.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "lexicon/tsv.h"

namespace sitrep::tools {
namespace {

std::u32string ToU32(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::u32string out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

void AppendUtf8(char32_t c, std::string& out) {
  icu::UnicodeString u(static_cast<UChar32>(c));
  u.toUTF8String(out);
}

bool IsCyrillicVowelOrSign(char32_t c) {
  static const std::u32string kVowels = U"аеёєиіїоуыэюяьъ'’ʼ";
  return kVowels.find(c) != std::u32string::npos;
}

const std::string& Pick(const std::vector<std::string>& alternatives, int choice) {
  const auto i = std::min<std::size_t>(static_cast<std::size_t>(choice), alternatives.size() - 1);
  return alternatives[i];
}

}  // namespace

Result<Transliterator> Transliterator::Load(const std::string& path) {
  auto rows = lexicon::ReadTsv(path, 1);
  if (!rows.ok()) return rows.status();
  Transliterator t;
  for (const auto& row : *rows) {
    std::u32string key = ToU32(row[0]);
    if (key.empty()) continue;
    Rule rule;
    rule.plain = lexicon::Split(row.size() > 1 ? row[1] : std::string(), '|');
    rule.start = row.size() > 2 && !row[2].empty() ? lexicon::Split(row[2], '|') : rule.plain;
    rule.after_vowel = row.size() > 3 && !row[3].empty() ? lexicon::Split(row[3], '|') : rule.plain;
    t.longest_ = std::max(t.longest_, key.size());
    t.rules_[key] = std::move(rule);
  }
  return t;
}

bool Transliterator::HasCyrillic(std::string_view text) {
  for (char32_t c : ToU32(text)) {
    if (c >= 0x400 && c <= 0x52F) return true;
  }
  return false;
}

std::string Transliterator::Romanise(std::string_view text, int choice) const {
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  lower.toLower();
  UErrorCode status = U_ZERO_ERROR;
  if (const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status); U_SUCCESS(status)) {
    lower = nfc->normalize(lower, status);  // GeoNames writes some ї as і + U+0308
  }
  std::string utf8;
  lower.toUTF8String(utf8);
  const std::u32string s = ToU32(utf8);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    // An apostrophe inside a word (П’ятипілля) does not start a new word.
    const bool at_start = i == 0 || (!u_isalpha(static_cast<UChar32>(s[i - 1])) &&
                                     s[i - 1] != U'\'' && s[i - 1] != U'’' && s[i - 1] != U'ʼ');
    const bool after_vowel = i > 0 && IsCyrillicVowelOrSign(s[i - 1]);
    bool matched = false;
    for (std::size_t len = std::min(longest_, s.size() - i); len >= 1; --len) {
      auto it = rules_.find(s.substr(i, len));
      if (it == rules_.end()) continue;
      const Rule& rule = it->second;
      out += Pick(at_start ? rule.start : after_vowel ? rule.after_vowel : rule.plain, choice);
      i += len;
      matched = true;
      break;
    }
    if (!matched) AppendUtf8(s[i++], out);
  }
  return out;
}

std::string TitleCase(std::string_view lower) {
  std::string out(lower);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-' || c == '(';
  }
  return out;
}

}  // namespace sitrep::tools
