#include "gazetteer/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace sitrep::gazetteer {
namespace {

void AppendUtf8(UChar32 c, std::string& out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

void AppendSpace(std::string& out) {
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

// Letters NFD does not decompose but an English writer replaces by plain Latin letters.
const char* SpecialLatin(UChar32 c) {
  switch (c) {
    case 0x0142: case 0x0141: return "l";   // ł
    case 0x00F8: case 0x00D8: return "o";   // ø
    case 0x0111: case 0x0110: return "d";   // đ
    case 0x00F0: case 0x00D0: return "d";   // ð
    case 0x00DF: return "ss";               // ß
    case 0x00E6: case 0x00C6: return "ae";  // æ
    case 0x0153: case 0x0152: return "oe";  // œ
    case 0x0131: return "i";                // dotless ı
    case 0x0127: case 0x0126: return "h";   // ħ
    case 0x00FE: case 0x00DE: return "th";  // þ
    case 0x0167: case 0x0166: return "t";   // ŧ
    default: return nullptr;
  }
}

bool IsApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == 0x00B4 ||
         c == 0x02BB || c == 0x02BE || c == 0x02BF || c == 0x2032 || c == 0x0060;
}

bool IsSeparator(UChar32 c) {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x00A0 || c == 0x2009 ||
         c == 0x202F || u_isUWhiteSpace(c);
}

void AppendNonAscii(UChar32 c, std::string& out) {
  if (IsApostrophe(c)) return;
  if (IsSeparator(c)) {
    AppendSpace(out);
    return;
  }
  if (const char* special = SpecialLatin(c)) {
    out += special;
    return;
  }
  if (u_charType(c) == U_NON_SPACING_MARK) return;
  UChar32 lower = u_tolower(c);
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposition;
  if (nfd != nullptr && nfd->getDecomposition(lower, decomposition)) {
    for (int32_t i = 0; i < decomposition.length();) {
      UChar32 d = decomposition.char32At(i);
      i += U16_LENGTH(d);
      if (u_charType(d) == U_NON_SPACING_MARK) continue;
      if (d < 0x80) {
        out.push_back(static_cast<char>(d));
      } else if (const char* special = SpecialLatin(d)) {
        out += special;
      } else {
        AppendUtf8(d, out);
      }
    }
    return;
  }
  AppendUtf8(lower, out);
}

}  // namespace

void AppendFolded(std::string_view name, std::string& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  const auto length = static_cast<int32_t>(name.size());
  int32_t i = 0;
  while (i < length) {
    uint8_t b = bytes[i];
    if (b < 0x80) {
      ++i;
      if (b >= 'A' && b <= 'Z') {
        out.push_back(static_cast<char>(b - 'A' + 'a'));
      } else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
        out.push_back(static_cast<char>(b));
      } else if (b == '\'' || b == '`' || b == '.') {
        // Apostrophes and full stops vanish: "Khar'kov" = "Kharkov", "St. Louis" = "St Louis".
      } else if (b == '-' || b == '_' || b == ' ' || b == '\t' || b == '\n' || b == '\r' ||
                 b == '/' || b == ',') {
        AppendSpace(out);
      } else {
        out.push_back(static_cast<char>(b));
      }
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;  // invalid UTF-8: dropped
    AppendNonAscii(c, out);
  }
}

std::string FoldKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  AppendFolded(name, out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && out[start] == ' ') ++start;
  if (start > 0) out.erase(0, start);
  return out;
}

std::string AbbreviationKey(std::string_view abbreviation) {
  std::string key = ".";
  for (char c : FoldKey(abbreviation)) {
    if (c != ' ') key.push_back(c);
  }
  return key;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace sitrep::gazetteer
