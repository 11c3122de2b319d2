#include "eval/xml.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(XmlTest, ElementsTextAttributesAndEntities) {
  auto root = ParseXml(
      "<?xml version=\"1.0\"?>\n<!-- c --><a x='1' y=\"&amp;2\"><b>K&amp;S &#233;&#x41;</b>"
      "<c/><b><![CDATA[<raw> & ]]></b></a>");
  ASSERT_TRUE(root.ok()) << root.status().ToString();
  const XmlNode& a = **root;
  EXPECT_EQ(a.name, "a");
  EXPECT_EQ(a.Attribute("y"), "&2");
  EXPECT_EQ(a.ChildText("b"),
            "K&S \xC3\xA9"
            "A");
  std::vector<const XmlNode*> bs;
  a.FindAll("b", bs);
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_EQ(bs[1]->text, "<raw> & ");
  EXPECT_NE(a.Child("c"), nullptr);
  EXPECT_EQ(a.Child("d"), nullptr);
}

TEST(XmlTest, UnclosedIsAnError) {
  EXPECT_FALSE(ParseXml("<a><b></b>").ok());
  EXPECT_FALSE(ParseXml("no element").ok());
}

TEST(XmlTest, UnknownEntityKept) {
  EXPECT_EQ(DecodeXmlEntities("a &foo; b &#xZZ;"), "a &foo; b &#xZZ;");
}

}  // namespace
}  // namespace sitrep::eval
