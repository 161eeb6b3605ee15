#include "helixnet/util/xml.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(XmlEscape, EscapesMarkupInTextAndAttributes) {
    EXPECT_EQ(xml_escape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
    EXPECT_EQ(xml_escape("Wärtsilä"), "Wärtsilä");
    EXPECT_EQ(xml_escape(""), "");
}

TEST(XmlEscape, KeepsLineBreaksTheParserWouldNormalise) {
    EXPECT_EQ(xml_escape("a\nb\tc\r\n", XmlContext::text), "a\nb\tc&#13;\n");
    EXPECT_EQ(xml_escape("a\nb\tc\r\n", XmlContext::attribute), "a&#10;b&#9;c&#13;&#10;");
}

TEST(XmlEscape, ReplacesWhatXml10ForbidsAndCountsIt) {
    std::size_t replaced = 0;
    EXPECT_EQ(xml_escape(std::string("a\x01"
                                     "b\x1f",
                                     4),
                         XmlContext::text, &replaced),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD");
    EXPECT_EQ(replaced, 2u);
    EXPECT_EQ(xml_escape(std::string("\0", 1), XmlContext::attribute, &replaced), "\xEF\xBF\xBD");
    EXPECT_EQ(replaced, 3u);
    EXPECT_EQ(xml_escape("\x7f"), "\x7f");  // DEL is allowed in XML 1.0
}

}  // namespace
}  // namespace helixnet
