package io.invoiceportal.plugins.pdf;

import static io.invoiceportal.plugins.pdf.PdfCanvas.LEFT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.RIGHT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.TOP;
import static io.invoiceportal.plugins.pdf.PdfCanvas.WIDTH;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugins.pdf.PdfCanvas.Style;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays one invoice out on A4 pages, top to bottom: letterhead (wordmark and seller), buyer and
 * invoice details, the note, the lines, VAT breakdown with totals, payment instructions, and a
 * footer with page numbers on every page. One instance per document.
 */
final class InvoiceLayout {

    /** Left edge of the right-hand column (invoice details, totals). */
    private static final float SIDE_X = 322;
    private static final float SIDE_WIDTH = RIGHT - SIDE_X;
    private static final float DETAIL_LABEL_WIDTH = 92;
    private static final float ROW = 15;
    private static final float PAYABLE_BAND = 28;

    private final PdfCanvas canvas;
    private final Theme theme;
    private final InvoiceTexts texts;
    private final InvoiceView invoice;
    private final TenantView tenant;

    InvoiceLayout(PdfCanvas canvas, Theme theme, InvoiceTexts texts, InvoiceView invoice, TenantView tenant) {
        this.canvas = canvas;
        this.theme = theme;
        this.texts = texts;
        this.invoice = invoice;
        this.tenant = tenant;
    }

    void render() throws IOException {
        canvas.newPage();
        letterhead();
        buyerAndDetails();
        note();
        new LinesTable(canvas, theme, texts, this::continuationPage).render(invoice.lines(), summaryHeight());
        totalsAndPayment();
        canvas.close();
        footers();
    }

    private void letterhead() throws IOException {
        float top = canvas.y;
        String name = firstPresent(tenant.name(), invoice.seller().legalName());
        float size = 22;
        while (size > 14 && canvas.width(name, theme.brand(size)) > 270) {
            size--;
        }
        Style mark = theme.brand(size);
        float baseline = top - size * 0.8f;
        for (String line : canvas.wrap(name, 270, mark)) {
            canvas.text(line, LEFT, baseline, mark);
            baseline -= size * 1.15f;
        }
        float markBottom = baseline + size * 1.15f - size * 0.45f;
        canvas.fill(LEFT, markBottom - 3, 36, 3, theme.accent());

        PartyView seller = invoice.seller();
        List<Style> styles = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        add(lines, styles, seller.legalName(), theme.smallBold());
        for (String line : texts.address(seller.address(), partiesInDifferentCountries())) {
            add(lines, styles, line, theme.muted());
        }
        add(lines, styles, labelled("vatId", seller.vatId()), theme.muted());
        add(lines, styles, labelled("iban", InvoiceTexts.iban(seller.iban())), theme.muted());
        float sellerBaseline = top - 8;
        for (int i = 0; i < lines.size(); i++) {
            for (String wrapped : canvas.wrap(lines.get(i), 230, styles.get(i))) {
                canvas.textRight(wrapped, RIGHT, sellerBaseline, styles.get(i));
                sellerBaseline -= styles.get(i).leading();
            }
        }
        canvas.y = Math.min(markBottom - 3, sellerBaseline) - 34;
    }

    private void buyerAndDetails() throws IOException {
        float top = canvas.y;
        PartyView buyer = invoice.buyer().party();
        float y = top - 7;
        canvas.text(texts.label("billTo"), LEFT, y, theme.caption());
        y -= 15;
        Style name = theme.bodyBold().sized(11);
        for (String line : canvas.wrap(buyer.legalName(), 250, name)) {
            canvas.text(line, LEFT, y, name);
            y -= name.leading();
        }
        List<String> lines = new ArrayList<>();
        if (present(invoice.buyer().contactName())) {
            lines.add(texts.message("attention", invoice.buyer().contactName()));
        }
        lines.addAll(texts.address(buyer.address(), partiesInDifferentCountries()));
        for (String line : lines) {
            for (String wrapped : canvas.wrap(line, 250, theme.body())) {
                canvas.text(wrapped, LEFT, y, theme.body());
                y -= theme.body().leading();
            }
        }
        y -= 6;
        y = keyValue(LEFT, 80, 170, y, "customerNumber", invoice.buyer().customerNumber(), theme.small());
        y = keyValue(LEFT, 80, 170, y, "vatId", buyer.vatId(), theme.small());

        Style title = theme.brand(24);
        float side = top - 18;
        canvas.text(texts.label("title"), SIDE_X, side, title);
        side -= 20;
        side = keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, side,
                "invoiceNumber", invoice.invoiceNumber(), theme.smallBold());
        side = keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, side,
                "issueDate", texts.date(invoice.issueDate()), theme.small());
        side = keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, side,
                "dueDate", texts.date(invoice.dueDate()), theme.small());
        side = keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, side,
                "buyerReference", invoice.buyerReference(), theme.small());
        side = keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, side,
                "category", invoice.category(), theme.small());
        canvas.y = Math.min(y, side) - 14;
    }

    /** The invoice's note (BT-22) as a subject line above the table. */
    private void note() throws IOException {
        if (!present(invoice.description())) {
            return;
        }
        Style style = theme.bodyBold().sized(10);
        float y = canvas.y - style.size();
        for (String line : canvas.wrap(invoice.description(), WIDTH, style)) {
            canvas.text(line, LEFT, y, style);
            y -= style.leading();
        }
        canvas.y = y + style.leading() - 14;
    }

    /** Height of the VAT breakdown, totals and payment box together. */
    private float summaryHeight() throws IOException {
        List<String> payment = paymentLines();
        float paymentHeight = payment.isEmpty() ? 0 : 22 + 10 + payment.size() * theme.body().leading();
        return 14 + Math.max(vatHeight(), totalsHeight()) + 22 + paymentHeight;
    }

    private float vatHeight() {
        return 16 + invoice.vatBreakdown().size() * ROW;
    }

    private float totalsHeight() {
        return totalRows().size() * ROW + 6 + PAYABLE_BAND;
    }

    /** VAT breakdown (left) and totals (right), then payment instructions; kept on one page. */
    private void totalsAndPayment() throws IOException {
        List<String[]> totals = totalRows();
        List<String> payment = paymentLines();
        if (!canvas.fits(summaryHeight())) {
            continuationPage();
        }
        float top = canvas.y - 14;
        vatBreakdown(top);
        float y = top;
        for (String[] row : totals) {
            y -= ROW;
            canvas.text(row[0], SIDE_X + LinesTable.PAD_X, y + 4, theme.body());
            canvas.textRight(row[1], RIGHT - LinesTable.PAD_X, y + 4, theme.body());
        }
        canvas.rule(SIDE_X, RIGHT, y, 0.4f, Rgb.RULE);
        y -= 6 + PAYABLE_BAND;
        canvas.fill(SIDE_X, y, SIDE_WIDTH, PAYABLE_BAND, theme.primary());
        Style onBand = theme.bodyBold().colored(theme.primary().onTop());
        canvas.text(texts.label("totals.payable"), SIDE_X + 8, y + 10, onBand.sized(11));
        canvas.textRight(texts.money(invoice.totals().payable()), RIGHT - 8, y + 9.5f, onBand.sized(13));
        canvas.y = Math.min(y, top - vatHeight()) - 22;
        paymentBox(payment);
    }

    private void vatBreakdown(float top) throws IOException {
        float width = SIDE_X - LEFT - 30;
        float taxableRight = LEFT + width - 80 - LinesTable.PAD_X;
        float vatRight = LEFT + width - LinesTable.PAD_X;
        canvas.fill(LEFT, top - 16, width, 16, theme.tint());
        canvas.text(texts.label("vat.rate"), LEFT + LinesTable.PAD_X, top - 11, theme.smallBold());
        canvas.textRight(texts.label("vat.taxable"), taxableRight, top - 11, theme.smallBold());
        canvas.textRight(texts.label("vat.amount"), vatRight, top - 11, theme.smallBold());
        float y = top - 16;
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            y -= ROW;
            canvas.text(texts.vatLong(vat.vatCategory(), vat.vatRate()), LEFT + LinesTable.PAD_X, y + 4, theme.body());
            canvas.textRight(texts.money(vat.taxableAmount()), taxableRight, y + 4, theme.body());
            canvas.textRight(texts.money(vat.taxAmount()), vatRight, y + 4, theme.body());
        }
        canvas.rule(LEFT, LEFT + width, y, 0.4f, Rgb.RULE);
    }

    private List<String[]> totalRows() {
        InvoiceView.Totals totals = invoice.totals();
        List<String[]> rows = new ArrayList<>();
        if (!sameAmount(totals.lineTotal(), totals.taxExclusive())) {
            rows.add(new String[] {texts.label("totals.lines"), texts.money(totals.lineTotal())});
        }
        rows.add(new String[] {texts.label("totals.exclusive"), texts.money(totals.taxExclusive())});
        rows.add(new String[] {texts.label("totals.vat"), texts.money(totals.taxTotal())});
        rows.add(new String[] {texts.label("totals.inclusive"), texts.money(totals.taxInclusive())});
        if (!sameAmount(totals.taxInclusive(), totals.payable()) && totals.taxInclusive() != null && totals.payable() != null) {
            rows.add(new String[] {texts.label("totals.prepaid"), texts.money(totals.taxInclusive().subtract(totals.payable()))});
        }
        return rows;
    }

    /** "Please transfer … to IBAN, quoting …", wrapped; empty when there is nothing to pay or no account. */
    private List<String> paymentLines() throws IOException {
        InvoiceView.Payment payment = invoice.payment();
        String iban = payment != null && present(payment.iban()) ? payment.iban() : invoice.seller().iban();
        BigDecimal payable = invoice.totals().payable();
        if (!present(iban) || payable == null || payable.signum() <= 0) {
            return List.of();
        }
        String reference = payment != null && present(payment.reference()) ? payment.reference() : invoice.invoiceNumber();
        String amount = texts.money(payable);
        String sentence = invoice.dueDate() == null
                ? texts.message("payment.withoutDueDate", amount, InvoiceTexts.iban(iban), reference)
                : texts.message("payment.withDueDate", amount, texts.date(invoice.dueDate()), InvoiceTexts.iban(iban), reference);
        return canvas.wrap(sentence, WIDTH - 24, theme.body());
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

    /** A following page: small wordmark, "Invoice … (continued)", and the cursor below them. */
    private void continuationPage() throws IOException {
        canvas.newPage();
        String name = firstPresent(tenant.name(), invoice.seller().legalName());
        canvas.text(name, LEFT, TOP - 12, theme.brand(12));
        canvas.textRight(texts.message("continued", invoice.invoiceNumber()), RIGHT, TOP - 11, theme.muted());
        canvas.rule(LEFT, RIGHT, TOP - 22, 0.4f, Rgb.RULE);
        canvas.y = TOP - 34;
    }

    /** Seller details and "Page n of m" at the foot of every page, drawn once the page count is known. */
    private void footers() throws IOException {
        PartyView seller = invoice.seller();
        List<String> parts = new ArrayList<>(); // least needed last: dropped first when the line is too long
        parts.add(seller.legalName());
        parts.add(labelled("vatId", seller.vatId()));
        parts.add(labelled("iban", InvoiceTexts.iban(seller.iban())));
        parts.add(String.join(", ", texts.address(seller.address(), false)));
        parts.removeIf(part -> !present(part));
        Style small = theme.muted().sized(7);
        int pages = canvas.pageCount();
        for (int i = 0; i < pages; i++) {
            canvas.reopen(i);
            String pageText = texts.message("page", String.valueOf(i + 1), String.valueOf(pages));
            float room = WIDTH - canvas.width(pageText, theme.muted()) - 20;
            List<String> shown = new ArrayList<>(parts);
            while (!shown.isEmpty() && canvas.width(String.join("  ·  ", shown), small) > room) {
                shown.removeLast();
            }
            canvas.rule(LEFT, RIGHT, 52, 0.4f, Rgb.RULE);
            canvas.text(String.join("  ·  ", shown), LEFT, 40, small);
            canvas.textRight(pageText, RIGHT, 40, theme.muted());
        }
        canvas.close();
    }

    private float keyValue(float x, float labelWidth, float valueWidth, float y, String key, String value, Style style)
            throws IOException {
        if (!present(value)) {
            return y;
        }
        canvas.text(texts.label(key), x, y, theme.muted());
        for (String line : canvas.wrap(value, valueWidth, style)) {
            canvas.text(line, x + labelWidth, y, style);
            y -= style.leading() + 1.5f;
        }
        return y;
    }

    private String labelled(String key, String value) {
        return present(value) ? texts.label(key) + " " + value : null;
    }

    private boolean partiesInDifferentCountries() {
        PartyView.AddressView seller = invoice.seller().address();
        PartyView.AddressView buyer = invoice.buyer().party().address();
        String from = seller == null ? null : seller.countryCode();
        String to = buyer == null ? null : buyer.countryCode();
        return from == null || to == null || !from.equalsIgnoreCase(to);
    }

    private static void add(List<String> lines, List<Style> styles, String line, Style style) {
        if (present(line)) {
            lines.add(line);
            styles.add(style);
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstPresent(String first, String second) {
        return present(first) ? first : InvoiceTexts.nullToEmpty(second);
    }
}
