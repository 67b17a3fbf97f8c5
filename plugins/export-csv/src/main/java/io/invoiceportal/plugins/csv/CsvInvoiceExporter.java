package io.invoiceportal.plugins.csv;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.UnitNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pf4j.Extension;

/**
 * One invoice as a flat CSV table for Excel with Dutch regional settings: UTF-8 with BOM,
 * {@code ;} between fields, CRLF, decimal comma. One row per invoice line; the invoice fields and
 * totals are repeated on every row. See README.md for the reasons.
 */
@Extension
public class CsvInvoiceExporter implements InvoiceExporter {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char SEPARATOR = ';';
    static final String LINE_END = "\r\n";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName(Locale locale) {
        return ResourceBundle.getBundle("i18n.csv", CsvColumns.isDutch(locale) ? locale : Locale.ENGLISH,
                CsvInvoiceExporter.class.getClassLoader(), NO_FALLBACK).getString("displayName");
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // not closed: the caller owns the stream
        ICSVWriter csv = new CSVWriterBuilder(writer)
                .withSeparator(SEPARATOR)
                .withQuoteChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withEscapeChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withLineEnd(LINE_END)
                .build();
        csv.writeNext(CsvColumns.headers(context.locale()), false);
        if (invoice.lines().isEmpty()) {
            csv.writeNext(row(invoice, null, context.locale()), false);
        }
        for (InvoiceView.Line line : invoice.lines()) {
            csv.writeNext(row(invoice, line, context.locale()), false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("Writing the CSV failed", csv.getException());
        }
    }

    private static String[] row(InvoiceView invoice, InvoiceView.Line line, Locale reader) {
        PartyView buyer = invoice.buyer().party();
        PartyView seller = invoice.seller();
        InvoiceView.Totals totals = invoice.totals();
        InvoiceView.Payment payment = invoice.payment();
        List<String> cells = new ArrayList<>(CsvColumns.COUNT);
        cells.add(text(invoice.invoiceNumber()));
        cells.add(date(invoice.issueDate()));
        cells.add(date(invoice.dueDate()));
        cells.add(text(invoice.currency()));
        cells.add(text(invoice.buyerReference()));
        cells.add(text(invoice.buyer().customerNumber()));
        cells.add(text(buyer.legalName()));
        cells.add(text(buyer.vatId()));
        cells.add(text(seller.legalName()));
        cells.add(text(seller.vatId()));
        cells.add(line == null ? "" : text(line.id()));
        cells.add(line == null ? "" : text(line.name()));
        cells.add(line == null ? "" : number(line.quantity()));
        cells.add(line == null ? "" : text(UnitNames.of(line.unitCode(), reader)));
        cells.add(line == null ? "" : amount(line.unitPrice()));
        cells.add(line == null ? "" : text(line.vatCategory()));
        cells.add(line == null ? "" : number(line.vatRate()));
        cells.add(line == null ? "" : amount(line.lineAmount()));
        cells.add(amount(totals.taxExclusive()));
        cells.add(amount(totals.taxTotal()));
        cells.add(amount(totals.taxInclusive()));
        cells.add(amount(totals.payable()));
        cells.add(payment == null ? "" : text(payment.reference()));
        cells.add(payment == null || payment.iban() == null ? text(seller.iban()) : text(payment.iban()));
        return cells.toArray(String[]::new);
    }

    /**
     * Free text as it is, except that a cell Excel would read as a formula (starting with
     * {@code = + - @}, tab or CR) gets a leading apostrophe (OWASP "CSV injection").
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** ISO 8601 ({@code 2025-03-14}): Excel reads it as a date in every regional setting. */
    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** An amount with its scale kept (two decimals), decimal comma, no thousands separator. */
    static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A quantity or percentage without trailing zeros ({@code 21}, {@code 1,5}), decimal comma. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }
}
