package io.invoiceportal.plugins.pdf;

import static io.invoiceportal.plugins.pdf.PdfCanvas.LEFT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.RIGHT;
import static io.invoiceportal.plugins.pdf.PdfCanvas.WIDTH;

import io.invoiceportal.plugin.api.InvoiceView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice lines: description (wrapped, with the line's period and note under it), quantity, unit,
 * unit price, VAT and line amount, numbers right-aligned. A row that does not fit goes to a new page, where the column header is repeated.
 */
final class LinesTable {

    /** Starts a continuation page (with its short header) when the table runs off the page. */
    @FunctionalInterface
    interface PageBreak {
        void newPage() throws IOException;
    }

    static final float PAD_X = 6;
    private static final float PAD_Y = 4.5f;
    private static final float HEADER_HEIGHT = 18;

    // column edges from the right: amount 84, VAT 40, unit price 76, unit 44, quantity 46; description the rest
    private static final float AMOUNT_LEFT = RIGHT - 84;
    private static final float VAT_LEFT = AMOUNT_LEFT - 40;
    private static final float PRICE_LEFT = VAT_LEFT - 76;
    private static final float UNIT_LEFT = PRICE_LEFT - 44;
    private static final float QUANTITY_LEFT = UNIT_LEFT - 46;
    private static final float DESCRIPTION_WIDTH = QUANTITY_LEFT - LEFT - PAD_X;

    private final PdfCanvas canvas;
    private final Theme theme;
    private final InvoiceTexts texts;
    private final PageBreak pageBreak;

    LinesTable(PdfCanvas canvas, Theme theme, InvoiceTexts texts, PageBreak pageBreak) {
        this.canvas = canvas;
        this.theme = theme;
        this.texts = texts;
        this.pageBreak = pageBreak;
    }

    /**
     * Draws the table. The last row only goes on a page that also has room for {@code keepWithLast}
     * (the totals), so the totals never stand alone on a page without any line above them.
     */
    void render(List<InvoiceView.Line> lines, float keepWithLast) throws IOException {
        if (!canvas.fits(HEADER_HEIGHT + 30)) {
            pageBreak.newPage();
        }
        header();
        for (int i = 0; i < lines.size(); i++) {
            row(lines.get(i), i == lines.size() - 1 ? keepWithLast : 0);
        }
    }

    private void header() throws IOException {
        float top = canvas.y;
        canvas.fill(LEFT, top - HEADER_HEIGHT, WIDTH, HEADER_HEIGHT, theme.tint());
        float baseline = top - 12;
        var style = theme.smallBold();
        canvas.text(texts.label("column.description"), LEFT + PAD_X, baseline, style);
        canvas.textRight(texts.label("column.quantity"), UNIT_LEFT - PAD_X, baseline, style);
        canvas.text(texts.label("column.unit"), UNIT_LEFT + PAD_X, baseline, style);
        canvas.textRight(texts.label("column.unitPrice"), VAT_LEFT - PAD_X, baseline, style);
        canvas.textRight(texts.label("column.vat"), AMOUNT_LEFT - PAD_X, baseline, style);
        canvas.textRight(texts.label("column.amount"), RIGHT - PAD_X, baseline, style);
        canvas.rule(LEFT, RIGHT, top - HEADER_HEIGHT, 0.8f, theme.primary());
        canvas.y = top - HEADER_HEIGHT;
    }

    private void row(InvoiceView.Line line, float keepWith) throws IOException {
        var body = theme.body();
        List<String> description = canvas.wrap(line.name(), DESCRIPTION_WIDTH, body);
        if (description.isEmpty()) {
            description = List.of("");
        }
        List<String> details = details(line);
        float height = description.size() * body.leading() + details.size() * theme.muted().leading() + 2 * PAD_Y;
        if (!canvas.fits(height + keepWith)) {
            pageBreak.newPage();
            header();
        }
        float top = canvas.y;
        float baseline = top - PAD_Y - body.size();
        canvas.textRight(texts.quantity(line.quantity()), UNIT_LEFT - PAD_X, baseline, body);
        canvas.text(texts.unit(line.unitCode()), UNIT_LEFT + PAD_X, baseline, body);
        canvas.textRight(texts.price(line.unitPrice()), VAT_LEFT - PAD_X, baseline, body);
        canvas.textRight(texts.vatShort(line.vatCategory(), line.vatRate()), AMOUNT_LEFT - PAD_X, baseline, body);
        canvas.textRight(texts.money(line.lineAmount()), RIGHT - PAD_X, baseline, body);
        for (String text : description) {
            canvas.text(text, LEFT + PAD_X, baseline, body);
            baseline -= body.leading();
        }
        for (String text : details) {
            canvas.text(text, LEFT + PAD_X, baseline, theme.muted());
            baseline -= theme.muted().leading();
        }
        canvas.y = top - height;
        canvas.rule(LEFT, RIGHT, canvas.y, 0.4f, Rgb.RULE);
    }

    /** The line's period (BT-134/135) and note (BT-127) in small grey text under its description. */
    private List<String> details(InvoiceView.Line line) throws IOException {
        List<String> details = new ArrayList<>();
        String start = texts.date(line.periodStart());
        String end = texts.date(line.periodEnd());
        String period = start.isEmpty() && end.isEmpty() ? null
                : end.isEmpty() ? texts.message("line.periodFrom", start)
                : start.isEmpty() ? texts.message("line.periodUntil", end)
                : texts.message("line.period", start, end);
        if (period != null) {
            details.addAll(canvas.wrap(period, DESCRIPTION_WIDTH, theme.muted()));
        }
        if (line.note() != null && !line.note().isBlank()) {
            details.addAll(canvas.wrap(line.note(), DESCRIPTION_WIDTH, theme.muted()));
        }
        return details;
    }
}
