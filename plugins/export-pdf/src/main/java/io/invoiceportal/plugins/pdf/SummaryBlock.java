package io.invoiceportal.plugins.pdf;

import static io.invoiceportal.plugins.pdf.PdfCanvas.LEFT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.RIGHT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.WIDTH;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugins.pdf.PdfCanvas.Style;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The block under the lines, kept on one page: the VAT breakdown with exemption reasons (left), the
 * totals with document allowances, charges and the prepaid amount (right), the amount due in a band,
 * then the payment box (transfer instruction and payment terms).
 */
final class SummaryBlock {

    /** Left edge of the right-hand column (totals), the same as the invoice details above. */
    static final float SIDE_X = 322;
    private static final float SIDE_WIDTH = RIGHT - SIDE_X;
    private static final float VAT_WIDTH = SIDE_X - LEFT - 30;
    private static final float TAXABLE_RIGHT = LEFT + VAT_WIDTH - 80 - LinesTable.PAD_X;
    private static final float ROW = 15;
    private static final float PAYABLE_BAND = 28;

    private record Row(String label, String amount) {}

    private final PdfCanvas canvas;
    private final Theme theme;
    private final InvoiceTexts texts;
    private final InvoiceView invoice;

    SummaryBlock(PdfCanvas canvas, Theme theme, InvoiceTexts texts, InvoiceView invoice) {
        this.canvas = canvas;
        this.theme = theme;
        this.texts = texts;
        this.invoice = invoice;
    }

    /** Height of the VAT breakdown, totals and payment box together. */
    float height() throws IOException {
        List<String> payment = paymentLines();
        float paymentHeight = payment.isEmpty() ? 0 : 22 + 10 + payment.size() * theme.body().leading();
        return 14 + Math.max(vatHeight(), totalsHeight()) + 22 + paymentHeight;
    }

    /** Draws the block from the cursor down; the caller has made sure it {@link #height() fits}. */
    void render() throws IOException {
        float top = canvas.y - 14;
        vatBreakdown(top);
        float y = top;
        for (Row row : totalRows()) {
            y -= ROW;
            String amount = row.amount();
            float room = SIDE_WIDTH - 3 * LinesTable.PAD_X - canvas.width(amount, theme.body());
            canvas.text(fitted(row.label(), room, theme.body()), SIDE_X + LinesTable.PAD_X, y + 4, theme.body());
            canvas.textRight(amount, RIGHT - LinesTable.PAD_X, y + 4, theme.body());
        }
        canvas.rule(SIDE_X, RIGHT, y, 0.4f, Rgb.RULE);
        y -= 6 + PAYABLE_BAND;
        canvas.fill(SIDE_X, y, SIDE_WIDTH, PAYABLE_BAND, theme.primary());
        Style onBand = theme.bodyBold().colored(theme.primary().onTop());
        canvas.text(texts.label("totals.payable", invoice.documentType()), SIDE_X + 8, y + 10, onBand.sized(11));
        canvas.textRight(texts.money(invoice.totals().payable()), RIGHT - 8, y + 9.5f, onBand.sized(13));
        canvas.y = Math.min(y, top - vatHeight()) - 22;
        paymentBox(paymentLines());
    }

    private float vatHeight() throws IOException {
        float height = 16;
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            height += ROW + (category(vat).size() - 1) * theme.body().leading()
                    + exemption(vat).size() * theme.muted().leading();
        }
        return height;
    }

    private float totalsHeight() {
        return totalRows().size() * ROW + 6 + PAYABLE_BAND;
    }

    private void vatBreakdown(float top) throws IOException {
        float vatRight = LEFT + VAT_WIDTH - LinesTable.PAD_X;
        canvas.fill(LEFT, top - 16, VAT_WIDTH, 16, theme.tint());
        canvas.text(texts.label("vat.rate"), LEFT + LinesTable.PAD_X, top - 11, theme.smallBold());
        canvas.textRight(texts.label("vat.taxable"), TAXABLE_RIGHT, top - 11, theme.smallBold());
        canvas.textRight(texts.label("vat.amount"), vatRight, top - 11, theme.smallBold());
        float y = top - 16;
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            y -= ROW;
            List<String> category = category(vat);
            canvas.text(category.getFirst(), LEFT + LinesTable.PAD_X, y + 4, theme.body());
            canvas.textRight(texts.money(vat.taxableAmount()), TAXABLE_RIGHT, y + 4, theme.body());
            canvas.textRight(texts.money(vat.taxAmount()), vatRight, y + 4, theme.body());
            for (String line : category.subList(1, category.size())) {
                y -= theme.body().leading();
                canvas.text(line, LEFT + LinesTable.PAD_X, y + 4, theme.body());
            }
            for (String line : exemption(vat)) {
                y -= theme.muted().leading();
                canvas.text(line, LEFT + LinesTable.PAD_X, y + 4, theme.muted());
            }
        }
        canvas.rule(LEFT, LEFT + VAT_WIDTH, y, 0.4f, Rgb.RULE);
    }

    /** The rate or the category spelt out, wrapped so that it stays clear of the taxable amount. */
    private List<String> category(InvoiceView.VatBreakdown vat) throws IOException {
        float room = TAXABLE_RIGHT - canvas.width(texts.money(vat.taxableAmount()), theme.body()) - 8 - (LEFT + LinesTable.PAD_X);
        List<String> lines = canvas.wrap(texts.vatLong(vat.vatCategory(), vat.vatRate()), room, theme.body());
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** BT-120 and BT-121 under their breakdown row: "Reason: Export outside the EU (VATEX-EU-G)", wrapped. */
    private List<String> exemption(InvoiceView.VatBreakdown vat) throws IOException {
        String reason = vat.exemptionReason();
        String code = vat.exemptionReasonCode();
        if (!present(reason) && !present(code)) {
            return List.of();
        }
        String text = !present(reason) ? code : present(code) ? reason + " (" + code + ")" : reason;
        return canvas.wrap(texts.message("vat.exemption", text), VAT_WIDTH - 2 * LinesTable.PAD_X, theme.muted());
    }

    private List<Row> totalRows() {
        InvoiceView.Totals totals = invoice.totals();
        List<Row> rows = new ArrayList<>();
        boolean adjusted = !invoice.allowances().isEmpty() || !invoice.charges().isEmpty();
        if (adjusted || !sameAmount(totals.lineTotal(), totals.taxExclusive())) {
            rows.add(new Row(texts.label("totals.lines"), texts.money(totals.lineTotal())));
        }
        for (InvoiceView.AllowanceCharge allowance : invoice.allowances()) {
            rows.add(new Row(adjustment("allowance", allowance), texts.money(allowance.amount().negate())));
        }
        for (InvoiceView.AllowanceCharge charge : invoice.charges()) {
            rows.add(new Row(adjustment("charge", charge), texts.money(charge.amount())));
        }
        rows.add(new Row(texts.label("totals.exclusive"), texts.money(totals.taxExclusive())));
        rows.add(new Row(texts.label("totals.vat"), texts.money(totals.taxTotal())));
        rows.add(new Row(texts.label("totals.inclusive"), texts.money(totals.taxInclusive())));
        if (!sameAmount(totals.taxInclusive(), totals.payable()) && totals.taxInclusive() != null && totals.payable() != null) {
            rows.add(new Row(texts.label("totals.prepaid"), texts.money(totals.taxInclusive().subtract(totals.payable()))));
        }
        return rows;
    }

    /** "Allowance: loyalty discount (21%)": the reason, else its code, and the VAT it falls under. */
    private String adjustment(String key, InvoiceView.AllowanceCharge adjustment) {
        String reason = present(adjustment.reason()) ? adjustment.reason() : adjustment.reasonCode();
        String label = present(reason) ? texts.label(key) + ": " + reason : texts.label(key);
        return label + " (" + texts.vatShort(adjustment.vatCategory(), adjustment.vatRate()) + ")";
    }

    /**
     * "Please transfer … to IBAN, quoting …" (invoices with an amount due and an account only) and the
     * payment terms (BT-20), wrapped; empty when there is neither.
     */
    private List<String> paymentLines() throws IOException {
        List<String> lines = new ArrayList<>();
        String transfer = transferSentence();
        if (transfer != null) {
            lines.addAll(canvas.wrap(transfer, WIDTH - 24, theme.body()));
        }
        if (present(invoice.paymentTerms())) {
            lines.addAll(canvas.wrap(texts.message("paymentTerms", invoice.paymentTerms()), WIDTH - 24, theme.body()));
        }
        return lines;
    }

    private String transferSentence() {
        InvoiceView.Payment payment = invoice.payment();
        String iban = payment != null && present(payment.iban()) ? payment.iban() : invoice.seller().iban();
        BigDecimal payable = invoice.totals().payable();
        if (invoice.documentType() == InvoiceView.DocumentType.CREDIT_NOTE || !present(iban)
                || payable == null || payable.signum() <= 0) {
            return null;
        }
        String reference = payment != null && present(payment.reference()) ? payment.reference() : invoice.invoiceNumber();
        String amount = texts.money(payable);
        return invoice.dueDate() == null
                ? texts.message("payment.withoutDueDate", amount, InvoiceTexts.iban(iban), reference)
                : texts.message("payment.withDueDate", amount, texts.date(invoice.dueDate()), InvoiceTexts.iban(iban), reference);
    }

    private void paymentBox(List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        float height = 22 + 10 + lines.size() * theme.body().leading();
        float bottom = canvas.y - height;
        canvas.fill(LEFT, bottom, WIDTH, height, theme.tint());
        canvas.fill(LEFT, bottom, 3, height, theme.primary());
        float y = canvas.y - 16;
        canvas.text(texts.label("payment.title"), LEFT + 12, y, theme.bodyBold().colored(theme.ink()));
        y -= 16;
        for (String line : lines) {
            canvas.text(line, LEFT + 12, y, theme.body());
            y -= theme.body().leading();
        }
        canvas.y = bottom - 10;
    }

    /** {@code text} shortened with an ellipsis until it fits {@code width}. */
    private String fitted(String text, float width, Style style) throws IOException {
        String shown = text;
        while (shown.length() > 1 && canvas.width(shown, style) > width) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing() + "…";
        }
        return shown;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? java.util.Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
