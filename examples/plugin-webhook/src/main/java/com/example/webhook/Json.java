package com.example.webhook;

import java.util.Map;

/** Writes maps of strings (and nested maps) as JSON, so the plugin needs no JSON library. */
final class Json {

    private Json() {}

    static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder("{");
        object.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, key);
            out.append(':');
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) nested;
                out.append(write(map));
            } else if (value == null) {
                out.append("null");
            } else {
                string(out, value.toString());
            }
        });
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
