package io.invoiceportal.plugins.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The tenant's logo and colours in the PDF. */
class PdfBrandingTest {
    private static final String PRIMARY = "#7a1f5c";
    private static final String ACCENT = "#1d5e3a";

    /** A tenant with a logo gets it drawn as an image XObject (alpha as soft mask) at most 180 × 54 points, top left. */
    @Test
    void drawsTheLogo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(branded(png(600, 200))))) {
            PDPage page = pdf.getPage(0);
            List<PDImageXObject> images = images(page);

            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(600);
                assertThat(image.getHeight()).isEqualTo(200);
                assertThat(image.getCOSObject().getItem(COSName.SMASK)).isNotNull();
            });
            List<Float> placement = operands(page, "cm").getFirst();
            assertThat(placement.get(0)).isCloseTo(162f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(placement.get(3)).isCloseTo(54f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(placement.get(4)).isEqualTo(PdfCanvas.LEFT);
            assertThat(placement.get(5) + placement.get(3)).isCloseTo(PdfCanvas.TOP, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    /** The accent colour fills the band under the logo and the primary colour draws the rules and the "to pay" band. */
    @Test
    void usesTheTenantsColours() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(branded(png(600, 200))))) {
            List<List<Float>> fills = operands(pdf.getPage(0), "rg");
            List<List<Float>> strokes = operands(pdf.getPage(0), "RG");

            assertThat(fills).anySatisfy(c -> assertColour(c, ACCENT));
            assertThat(fills).anySatisfy(c -> assertColour(c, PRIMARY));
            assertThat(strokes).anySatisfy(c -> assertColour(c, PRIMARY));
        }
    }

    /** Without a logo (or with bytes that are not an image) the name is written instead and the PDF still renders. */
    @Test
    void withoutALogoTheNameIsWritten() throws Exception {
        for (byte[] logo : new byte[][] {null, {1, 2, 3}}) {
            byte[] bytes = export(branded(logo));
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(images(pdf.getPage(0))).isEmpty();
                assertThat(PdfInvoiceExporterTest.text(bytes)).contains("Acme");
            }
        }
    }

    private static void assertColour(List<Float> rgb, String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        assertThat(rgb).hasSize(3);
        assertThat(Math.round(rgb.get(0) * 255)).isEqualTo(value >> 16 & 0xff);
        assertThat(Math.round(rgb.get(1) * 255)).isEqualTo(value >> 8 & 0xff);
        assertThat(Math.round(rgb.get(2) * 255)).isEqualTo(value & 0xff);
    }

    static byte[] export(TenantView tenant) throws Exception {
        ExportContext context = TestViews.exportContext().tenant(tenant).locale(PdfInvoiceExporterTest.DUTCH)
                .clock(PdfInvoiceExporterTest.CLOCK).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfInvoiceExporter().export(PdfInvoiceExporterTest.invoice(3), context, out);
        return out.toByteArray();
    }

    static TenantView branded(byte[] logo) {
        return TestViews.tenant().branding(TenantView.Branding.builder().primaryColor(PRIMARY).accentColor(ACCENT)
                .logoPng(logo).build()).build();
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    /** The numeric operands of every {@code operator} in the page's content, in order. */
    private static List<List<Float>> operands(PDPage page, String operator) throws IOException {
        List<List<Float>> found = new ArrayList<>();
        List<Float> pending = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof COSNumber number) {
                pending.add(number.floatValue());
            } else if (token instanceof Operator op) {
                if (op.getName().equals(operator)) {
                    found.add(List.copyOf(pending));
                }
                pending.clear();
            } else {
                pending.clear();
            }
        }
        return found;
    }

    /** A transparent PNG with a filled circle, like a rendered logo. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7a1f5c));
        g.fillOval(0, 0, height, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
