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
        addEn16931Terms(cells, invoice, line, reader);
        return cells.toArray(String[]::new);
    }

    /** Columns 25-42: document type, references, dates, notes, exemption of the line's VAT category, adjustments. */
    private static void addEn16931Terms(List<String> cells, InvoiceView invoice, InvoiceView.Line line, Locale reader) {
        InvoiceView.PrecedingInvoice preceding = invoice.precedingInvoice();
        InvoiceView.VatBreakdown vat = line == null ? null : breakdownOf(invoice, line);
        InvoiceView.Totals totals = invoice.totals();
        cells.add(CsvColumns.documentType(invoice.documentType(), reader));
        cells.add(invoice.documentType().code());
        cells.add(preceding == null ? "" : text(preceding.number()));
        cells.add(preceding == null ? "" : date(preceding.issueDate()));
        cells.add(text(invoice.orderReference()));
        cells.add(text(invoice.contractReference()));
        cells.add(date(invoice.deliveryDate()));
        cells.add(text(invoice.paymentTerms()));
        cells.add(text(invoice.note()));
        cells.add(line == null ? "" : text(line.note()));
        cells.add(line == null ? "" : date(line.periodStart()));
        cells.add(line == null ? "" : date(line.periodEnd()));
        cells.add(line == null ? "" : text(line.sellerItemId()));
        cells.add(vat == null ? "" : text(vat.exemptionReason()));
        cells.add(vat == null ? "" : text(vat.exemptionReasonCode()));
        cells.add(amount(totals.allowanceTotal()));
        cells.add(amount(totals.chargeTotal()));
        cells.add(amount(totals.prepaidAmount()));
    }

    /** The breakdown entry of the line's VAT category and rate, or {@code null}. */
    private static InvoiceView.VatBreakdown breakdownOf(InvoiceView invoice, InvoiceView.Line line) {
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            if (vat.vatCategory().equals(line.vatCategory()) && sameRate(vat.vatRate(), line.vatRate())) {
                return vat;
            }
        }
        return null;
    }

    private static boolean sameRate(BigDecimal a, BigDecimal b) {
        BigDecimal left = a == null ? BigDecimal.ZERO : a;
        BigDecimal right = b == null ? BigDecimal.ZERO : b;
        return left.compareTo(right) == 0;
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
