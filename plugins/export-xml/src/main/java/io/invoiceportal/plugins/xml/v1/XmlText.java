package io.invoiceportal.plugins.xml.v1;

/** Text as the XML gets it. */
final class XmlText {

    private XmlText() {}

    /**
     * {@code null} for an absent or blank value, so the element is left out (the XSD forbids empty
     * text); otherwise the value without the control characters XML 1.0 cannot carry at all (JAXB
     * would write them as they are and the document would not parse). Tab, CR and LF stay.
     */
    static String of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && clean == null) {
                clean = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        if (clean == null) {
            return value;
        }
        return clean.toString().isBlank() ? null : clean.toString();
    }
}
