#include "eval/xml.h"

#include <cctype>
#include <cstdint>

namespace sitrep::eval {
namespace {

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsNameChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == ':' || u >= 0x80;
}

}  // namespace

std::string DecodeXmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    const std::size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string_view ref = text.substr(i + 1, semi - i - 1);
    if (ref == "amp") {
      out.push_back('&');
    } else if (ref == "lt") {
      out.push_back('<');
    } else if (ref == "gt") {
      out.push_back('>');
    } else if (ref == "quot") {
      out.push_back('"');
    } else if (ref == "apos") {
      out.push_back('\'');
    } else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::uint32_t cp = 0;
      bool valid = ref.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; k < ref.size() && valid; ++k) {
        const auto c = static_cast<unsigned char>(ref[k]);
        if (hex && std::isxdigit(c)) {
          cp = cp * 16 +
               static_cast<std::uint32_t>(std::isdigit(c) ? c - '0' : (std::tolower(c) - 'a' + 10));
        } else if (!hex && std::isdigit(c)) {
          cp = cp * 10 + static_cast<std::uint32_t>(c - '0');
        } else {
          valid = false;
        }
        if (cp > 0x10FFFF) valid = false;
      }
      if (!valid) {
        out.push_back('&');
        continue;
      }
      AppendUtf8(cp, out);
    } else {
      out.push_back('&');
      continue;
    }
    i = semi;
  }
  return out;
}

const XmlNode* XmlNode::Child(std::string_view child) const {
  for (const auto& c : children) {
    if (c->name == child) return c.get();
  }
  return nullptr;
}

std::string XmlNode::ChildText(std::string_view child) const {
  const XmlNode* c = Child(child);
  return c == nullptr ? std::string() : c->text;
}

std::string XmlNode::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return {};
}

void XmlNode::FindAll(std::string_view descendant, std::vector<const XmlNode*>& out) const {
  for (const auto& c : children) {
    if (c->name == descendant) out.push_back(c.get());
    c->FindAll(descendant, out);
  }
}

Result<std::unique_ptr<XmlNode>> ParseXml(std::string_view text) {
  std::unique_ptr<XmlNode> root;
  std::vector<XmlNode*> open;  // the element stack
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto skip_past = [&](std::string_view end) {
    const std::size_t at = text.find(end, i);
    i = at == std::string_view::npos ? n : at + end.size();
  };
  while (i < n) {
    if (text[i] != '<') {
      const std::size_t lt = text.find('<', i);
      const std::size_t end = lt == std::string_view::npos ? n : lt;
      if (!open.empty()) open.back()->text += DecodeXmlEntities(text.substr(i, end - i));
      i = end;
      continue;
    }
    if (text.substr(i, 4) == "<!--") {
      skip_past("-->");
    } else if (text.substr(i, 9) == "<![CDATA[") {
      const std::size_t start = i + 9;
      const std::size_t at = text.find("]]>", start);
      const std::size_t end = at == std::string_view::npos ? n : at;
      if (!open.empty()) open.back()->text += text.substr(start, end - start);
      i = at == std::string_view::npos ? n : at + 3;
    } else if (text.substr(i, 2) == "<?" || text.substr(i, 2) == "<!") {
      skip_past(">");
    } else if (text.substr(i, 2) == "</") {
      i += 2;
      const std::size_t start = i;
      while (i < n && IsNameChar(text[i])) ++i;
      const std::string_view name = text.substr(start, i - start);
      skip_past(">");
      // Close up to the matching element; a stray closing tag is ignored.
      for (std::size_t k = open.size(); k > 0; --k) {
        if (open[k - 1]->name == name) {
          open.resize(k - 1);
          break;
        }
      }
    } else {
      ++i;
      const std::size_t start = i;
      while (i < n && IsNameChar(text[i])) ++i;
      auto node = std::make_unique<XmlNode>();
      node->name = std::string(text.substr(start, i - start));
      bool self_closing = false;
      while (i < n && text[i] != '>') {
        if (text[i] == '/') {
          self_closing = true;
          ++i;
          continue;
        }
        if (!IsNameChar(text[i])) {
          ++i;
          continue;
        }
        const std::size_t key_start = i;
        while (i < n && IsNameChar(text[i])) ++i;
        std::string key(text.substr(key_start, i - key_start));
        while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        std::string value;
        if (i < n && text[i] == '=') {
          ++i;
          while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
          if (i < n && (text[i] == '"' || text[i] == '\'')) {
            const char quote = text[i++];
            const std::size_t value_start = i;
            while (i < n && text[i] != quote) ++i;
            value = DecodeXmlEntities(text.substr(value_start, i - value_start));
            if (i < n) ++i;
          }
        }
        node->attributes.emplace_back(std::move(key), std::move(value));
        self_closing = false;
      }
      if (i < n) ++i;  // '>'
      XmlNode* raw = node.get();
      if (open.empty()) {
        if (root) return Status(StatusCode::kInvalidArgument, "XML: more than one root element");
        root = std::move(node);
      } else {
        open.back()->children.push_back(std::move(node));
      }
      if (!self_closing) open.push_back(raw);
    }
  }
  if (!root) return Status(StatusCode::kInvalidArgument, "XML: no element");
  if (!open.empty()) {
    return Status(StatusCode::kInvalidArgument, "XML: <" + open.back()->name + "> is not closed");
  }
  return root;
}

}  // namespace sitrep::eval
