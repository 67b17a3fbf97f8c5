package io.invoiceportal.core.exportjob;

import java.io.IOException;
import java.io.Writer;

/** Rows of {@code manifest.csv}: one per invoice and format (RFC 4180, comma, CRLF). */
final class ManifestCsv {
    static final String HEADER = "invoiceNumber,fileName,format,status,error\r\n";

    private ManifestCsv() {}

    static void row(Writer out, String invoiceNumber, String fileName, String format, String status, String error)
            throws IOException {
        out.write(field(invoiceNumber) + "," + field(fileName) + "," + field(format) + "," + field(status) + ","
                + field(error) + "\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would make spreadsheets read the cell as a formula
        String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
