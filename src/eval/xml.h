// A small XML reader for the geoparsing corpora: elements, attributes, text, CDATA, comments,
// processing instructions and the predefined and numeric character references. No DTDs, no
// namespaces. Enough for simple, well-formed data files; it never crashes on bad input.
#ifndef SITREP_EVAL_XML_H_
#define SITREP_EVAL_XML_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::eval {

struct XmlNode {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;  // the element's own character data (children's text not included), decoded
  std::vector<std::unique_ptr<XmlNode>> children;

  // The first child element named `child`, or nullptr.
  const XmlNode* Child(std::string_view child) const;
  // The text of the first child named `child`, or "" when there is none.
  std::string ChildText(std::string_view child) const;
  // The attribute's value, or "".
  std::string Attribute(std::string_view key) const;
  // Every descendant element named `descendant` (depth first, document order).
  void FindAll(std::string_view descendant, std::vector<const XmlNode*>& out) const;
};

// The root element of `text`, or InvalidArgument when there is no element or a tag is left
// open at the end.
Result<std::unique_ptr<XmlNode>> ParseXml(std::string_view text);

// `text` with &amp; &lt; &gt; &quot; &apos; &#N; &#xN; replaced (unknown references kept).
std::string DecodeXmlEntities(std::string_view text);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_XML_H_
