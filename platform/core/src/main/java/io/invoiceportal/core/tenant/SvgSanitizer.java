package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.MessageKey;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes a tenant's logo safe to show and to hand to plugins: the markup is parsed as XML (a
 * DOCTYPE is refused, so no entities, external or expanding, are ever resolved) and written
 * anew with only the SVG elements and attributes of an allow-list. Links may point only into
 * the logo itself ({@code href="#id"}, {@code url(#id)}); scripts, event handlers, styles,
 * animation, {@code foreignObject}, images and everything in other namespaces are left out.
 */
final class SvgSanitizer {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final int MAX_DEPTH = 50;

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "title", "desc", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
            "pattern");
    private static final Set<String> TEXT_ELEMENTS = Set.of("title", "desc", "text", "tspan");
    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "viewBox", "preserveAspectRatio", "version", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
            "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "transform", "dx", "dy",
            "rotate", "textLength", "lengthAdjust", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
            "stroke-miterlimit", "opacity", "color", "visibility", "display", "clip-path", "clip-rule", "mask",
            "font-family", "font-size", "font-weight", "font-style", "font-variant", "text-anchor",
            "dominant-baseline", "letter-spacing", "word-spacing", "text-decoration", "offset", "stop-color",
            "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
            "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "role",
            "aria-label", "aria-hidden", "href");
    /** Elements that run, load or change something: a logo that has one is refused, not cleaned. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script", "foreignObject", "iframe", "object", "embed", "image", "feImage", "a", "set", "animate",
            "animateTransform", "animateMotion", "handler", "listener");
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]{0,100}");
    private static final Pattern LOCAL_URL =
            Pattern.compile("url\\(\\s*(['\"]?)#[A-Za-z_][A-Za-z0-9_.:-]{0,100}\\1\\s*\\)");

    private SvgSanitizer() {}

    /** Why a logo cannot be used at all; the message is for the issuer. */
    static final class Refused extends Exception {
        private final MessageKey key;
        private final String[] args;

        Refused(MessageKey key, String... args) {
            super(key.key());
            this.key = key;
            this.args = args;
        }

        MessageKey key() {
            return key;
        }

        String[] args() {
            return args;
        }
    }

    /** The logo with only what the allow-list permits, as standalone SVG markup. */
    static String sanitize(String markup) throws Refused {
        return write(markup).result();
    }

    /**
     * Like {@link #sanitize}, but refuses ({@link MessageKey#LOGO_UNSAFE}, naming the first) markup with
     * active or remote content: scripts, {@code foreignObject}, images, animation, event handlers, links
     * or {@code url()} out of the logo. Harmless extras (editor metadata, styles) are still left out.
     */
    static String sanitizeStrict(String markup) throws Refused {
        Writer out = write(markup);
        if (out.unsafe != null) {
            throw new Refused(MessageKey.LOGO_UNSAFE, out.unsafe);
        }
        return out.result();
    }

    private static Writer write(String markup) throws Refused {
        Element root = parse(markup).getDocumentElement();
        if (!isSvg(root) || !root.getLocalName().equals("svg")) {
            throw new Refused(MessageKey.LOGO_NOT_SVG);
        }
        Writer out = new Writer();
        out.element(root, 0);
        return out;
    }

    /** What makes a left-out attribute active or remote, or null when leaving it out is harmless. */
    private static String activeAttribute(Attr attr) {
        String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
        String value = attr.getValue().strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return name;
        }
        if (name.equals("href") || name.equals("src") || !isPlainValue(attr.getValue()) || value.contains("javascript:")) {
            return name + "=\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
        }
        return null;
    }

    private static org.w3c.dom.Document parse(String markup) throws Refused {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder.parse(new InputSource(new StringReader(markup)));
        } catch (SAXException | IOException e) {
            throw new Refused(MessageKey.LOGO_MALFORMED, String.valueOf(MAX_DEPTH));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /** An SVG element: in the SVG namespace, or in none (markup written without {@code xmlns}). */
    private static boolean isSvg(Element e) {
        return e.getNamespaceURI() == null || SVG_NS.equals(e.getNamespaceURI());
    }

    /** The attribute's SVG name if it is allowed with this value, else null. */
    private static String allowedName(Attr attr) {
        String ns = attr.getNamespaceURI();
        String name = ns == null ? attr.getLocalName() : XLINK_NS.equals(ns) ? "xlink:" + attr.getLocalName() : null;
        if (name == null || !(ATTRIBUTES.contains(name) || name.equals("xlink:href"))) {
            return null;
        }
        String value = attr.getValue();
        if (name.endsWith("href")) {
            return FRAGMENT.matcher(value.strip()).matches() ? name : null;
        }
        return isPlainValue(value) ? name : null;
    }

    /** No CSS escapes, and url() only to a fragment of this document. */
    private static boolean isPlainValue(String value) {
        String outsideLocalUrls = LOCAL_URL.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        return value.indexOf('\\') < 0 && !outsideLocalUrls.contains("url(");
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Writes the allowed part of the tree as markup. */
    private static final class Writer {
        private final StringBuilder body = new StringBuilder();
        private boolean usesXlink;
        private String unsafe;

        void element(Element e, int depth) {
            String name = e.getLocalName();
            body.append('<').append(name);
            if (depth == 0) {
                body.append(" xmlns=\"").append(SVG_NS).append('"');
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                String allowed = allowedName(attr);
                if (allowed != null) {
                    usesXlink |= allowed.startsWith("xlink:");
                    body.append(' ').append(allowed).append("=\"").append(escape(attr.getValue().strip())).append('"');
                } else if (unsafe == null) {
                    unsafe = activeAttribute(attr);
                }
            }
            body.append('>');
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element c && isSvg(c) && ELEMENTS.contains(c.getLocalName())) {
                    element(c, depth + 1);
                } else if (child instanceof Element c && unsafe == null && (ACTIVE_ELEMENTS.contains(c.getLocalName())
                        || c.getElementsByTagNameNS("*", "script").getLength() > 0)) {
                    unsafe = "<" + c.getLocalName() + ">";
                } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                        && TEXT_ELEMENTS.contains(name)) {
                    body.append(escape(child.getNodeValue()));
                }
            }
            body.append("</").append(name).append('>');
        }

        String result() {
            if (usesXlink) {
                int end = body.indexOf("\"", body.indexOf("xmlns=\"") + 7);
                body.insert(end + 1, " xmlns:xlink=\"" + XLINK_NS + "\"");
            }
            return body.toString();
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
