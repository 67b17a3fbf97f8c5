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
import java.util.ArrayList;
import java.util.List;

/**
 * Lays one invoice or credit note out on A4 pages, top to bottom: letterhead (logo or wordmark, and seller),
 * buyer and document details (references, delivery date), the description and note, the lines, the
 * {@link SummaryBlock} (VAT breakdown, totals, payment), and a footer with page numbers on every page.
 * One instance per document.
 */
final class InvoiceLayout {

    private static final float SIDE_X = SummaryBlock.SIDE_X;
    private static final float SIDE_WIDTH = RIGHT - SIDE_X;
    private static final float DETAIL_LABEL_WIDTH = 92;

    private final PdfCanvas canvas;
    private final Theme theme;
    private final InvoiceTexts texts;
    private final InvoiceView invoice;
    private final TenantView tenant;
    private final PdfLogo logo;

    /** {@code logo} replaces the wordmark (the tenant's name) when there is one. */
    InvoiceLayout(PdfCanvas canvas, Theme theme, InvoiceTexts texts, InvoiceView invoice, TenantView tenant, PdfLogo logo) {
        this.canvas = canvas;
        this.logo = logo;
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
        SummaryBlock summary = new SummaryBlock(canvas, theme, texts, invoice);
        new LinesTable(canvas, theme, texts, this::continuationPage).render(invoice.lines(), summary.height());
        if (!canvas.fits(summary.height())) {
            continuationPage();
        }
        summary.render();
        canvas.close();
        footers();
    }

    private void letterhead() throws IOException {
        float top = canvas.y;
        float markBottom = logo == null ? wordmark(top) : top - logo.height() - 6;
        if (logo != null) {
            canvas.image(logo, LEFT, top);
        }
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

    /** The tenant's name in its colour, when it has no logo; returns where the mark ends. */
    private float wordmark(float top) throws IOException {
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
        return baseline + size * 1.15f - size * 0.45f;
    }

    private void buyerAndDetails() throws IOException {
        float top = canvas.y;
        PartyView buyer = invoice.buyer().party();
        float y = top - 7;
        canvas.text(texts.label("billTo", invoice.documentType()), LEFT, y, theme.caption());
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
        y = keyValue(LEFT, 80, 170, y, texts.label("customerNumber"), invoice.buyer().customerNumber(), theme.small());
        y = keyValue(LEFT, 80, 170, y, texts.label("vatId"), buyer.vatId(), theme.small());

        InvoiceView.DocumentType type = invoice.documentType();
        Style title = theme.brand(24);
        float side = top - 18;
        canvas.text(texts.label("title", type), SIDE_X, side, title);
        side -= 20;
        side = detail(side, texts.label("invoiceNumber", type), invoice.invoiceNumber(), theme.smallBold());
        side = detail(side, texts.label("issueDate", type), texts.date(invoice.issueDate()), theme.small());
        side = detail(side, texts.label("dueDate"), texts.date(invoice.dueDate()), theme.small());
        side = detail(side, texts.label("precedingInvoice"), precedingInvoice(), theme.small());
        side = detail(side, texts.label("buyerReference"), invoice.buyerReference(), theme.small());
        side = detail(side, texts.label("orderReference"), invoice.orderReference(), theme.small());
        side = detail(side, texts.label("contractReference"), invoice.contractReference(), theme.small());
        side = detail(side, texts.label("deliveryDate"), texts.date(invoice.deliveryDate()), theme.small());
        side = detail(side, texts.label("category"), invoice.category(), theme.small());
        canvas.y = Math.min(y, side) - 14;
    }

    private float detail(float y, String label, String value, Style style) throws IOException {
        return keyValue(SIDE_X, DETAIL_LABEL_WIDTH, SIDE_WIDTH - DETAIL_LABEL_WIDTH, y, label, value, style);
    }

    /** BG-3: "2026-000100 of 1 October 2026", or only the number when the date is not known. */
    private String precedingInvoice() {
        InvoiceView.PrecedingInvoice preceding = invoice.precedingInvoice();
        if (preceding == null) {
            return null;
        }
        return preceding.issueDate() == null ? preceding.number()
                : texts.message("precedingInvoice.dated", preceding.number(), texts.date(preceding.issueDate()));
    }

    /** The description as a subject line above the table, then the note (BT-22) as body text. */
    private void note() throws IOException {
        float y = paragraph(canvas.y, invoice.description(), theme.bodyBold().sized(10));
        y = paragraph(y, invoice.note(), theme.body());
        if (y != canvas.y) {
            canvas.y = y - 10;
        }
    }

    /** Draws {@code text} wrapped below {@code top}; returns the new top, 4 pt under the last baseline. */
    private float paragraph(float top, String text, Style style) throws IOException {
        if (!present(text)) {
            return top;
        }
        float y = top - style.size();
        for (String line : canvas.wrap(text, WIDTH, style)) {
            canvas.text(line, LEFT, y, style);
            y -= style.leading();
        }
        return y + style.leading() - 4;
    }

    /** A following page: small wordmark, "Invoice … (continued)", and the cursor below them. */
    private void continuationPage() throws IOException {
        canvas.newPage();
        String name = firstPresent(tenant.name(), invoice.seller().legalName());
        canvas.text(name, LEFT, TOP - 12, theme.brand(12));
        canvas.textRight(texts.message(InvoiceTexts.key("continued", invoice.documentType()), invoice.invoiceNumber()), RIGHT, TOP - 11, theme.muted());
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

    private float keyValue(float x, float labelWidth, float valueWidth, float y, String label, String value, Style style)
            throws IOException {
        if (!present(value)) {
            return y;
        }
        canvas.text(label, x, y, theme.muted());
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

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstPresent(String first, String second) {
        return present(first) ? first : InvoiceTexts.nullToEmpty(second);
    }
}
