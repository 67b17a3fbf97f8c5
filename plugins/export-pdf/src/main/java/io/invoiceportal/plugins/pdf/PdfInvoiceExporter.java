package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.TenantView;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.pf4j.Extension;

/**
 * An invoice as an A4 PDF with the tenant's logo, in its colours and the reader's language (Dutch or English),
 * drawn with Apache PDFBox and embedded DejaVu Sans. Every call builds its own document, fonts and
 * formatters; concurrent exports share only the font file bytes and the pool of parsed fonts
 * ({@link PdfFonts}), each parsed font lent to one document at a time.
 */
@Extension
public class PdfInvoiceExporter implements InvoiceExporter {

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String displayName(Locale locale) {
        Locale language = InvoiceTexts.isDutch(locale) ? locale : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n.pdf", language, PdfInvoiceExporter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("displayName");
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws ExportException, IOException {
        InvoiceTexts texts = new InvoiceTexts(context.locale(), invoice.currency());
        PdfFonts.Parsed fonts = PdfFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            describe(document, invoice, context, texts);
            PdfCanvas canvas = new PdfCanvas(document);
            Theme theme = Theme.of(PdfFonts.embedIn(document, fonts), context.tenant().branding());
            PdfLogo logo = PdfLogo.of(document, context.tenant().branding());
            new InvoiceLayout(canvas, theme, texts, invoice, context.tenant(), logo).render();
            document.save(new KeepOpen(out));
        } catch (RuntimeException e) {
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " could not be rendered as PDF", e);
        } finally {
            // the document is closed: its font subsets are written and it no longer reads the parsed fonts
            PdfFonts.giveBack(fonts);
        }
    }

    /** Title, author and dates shown by PDF viewers; the creation date comes from the portal's clock. */
    private static void describe(PDDocument document, InvoiceView invoice, ExportContext context, InvoiceTexts texts) {
        TenantView tenant = context.tenant();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.label("title", invoice.documentType()) + " " + invoice.invoiceNumber());
        info.setAuthor(tenant.name());
        info.setSubject(invoice.description());
        info.setCreator("Invoice Portal (export-pdf)");
        GregorianCalendar now = GregorianCalendar.from(ZonedDateTime.now(context.clock()));
        info.setCreationDate(now);
        info.setModificationDate(now);
        document.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** PDFBox closes the stream it saves to; the caller owns {@code out}, so only flush it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
