package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.TenantView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The tenant's logo ({@link TenantView.Branding#logoPng()}) as a lossless image of the document
 * (transparency kept as a soft mask, which PDF/A-3 allows), scaled to fit a box of
 * {@value #BOX_WIDTH} × {@value #BOX_HEIGHT} points, aspect kept, never enlarged beyond 1 pixel per point.
 *
 * @param image the image in the document
 * @param width drawn width in points
 * @param height drawn height in points
 */
record PdfLogo(PDImageXObject image, float width, float height) {

    static final float BOX_WIDTH = 180;
    static final float BOX_HEIGHT = 54;

    /** The logo, or {@code null} when the tenant has none or its bytes are not an image. */
    static PdfLogo of(PDDocument document, TenantView.Branding branding) throws IOException {
        byte[] png = branding == null ? null : branding.logoPng();
        if (png == null || png.length == 0) {
            return null;
        }
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
        if (picture == null || picture.getWidth() == 0 || picture.getHeight() == 0) {
            return null;
        }
        float scale = Math.min(1, Math.min(BOX_WIDTH / picture.getWidth(), BOX_HEIGHT / picture.getHeight()));
        return new PdfLogo(LosslessFactory.createFromImage(document, picture),
                picture.getWidth() * scale, picture.getHeight() * scale);
    }
}
