package io.invoiceportal.plugins.email;

/** Escaping for values put into HTML text and double-quoted attributes. */
final class Html {

    private Html() {}

    /** {@code & < > " '} as character references; {@code null} as the empty string. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text whose line breaks stay line breaks. */
    static String text(String value) {
        return escape(value).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}
