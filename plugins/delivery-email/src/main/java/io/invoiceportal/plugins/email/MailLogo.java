package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.MailSender.Attachment;

/**
 * The tenant's logo as an inline image of the mail: the PNG from the branding, shown through
 * {@code cid:} at a size that fits {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} CSS pixels (the PNG
 * itself is larger, so it stays sharp on high-density screens).
 *
 * @param png the PNG bytes
 * @param width display width in CSS pixels
 * @param height display height in CSS pixels
 */
record MailLogo(byte[] png, int width, int height) {

    static final String CONTENT_ID = "logo@invoice-portal";
    static final int MAX_WIDTH = 240;
    static final int MAX_HEIGHT = 64;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The logo, or {@code null} for no bytes or bytes that are not a PNG. */
    static MailLogo of(byte[] png) {
        if (png == null || png.length < 24 || !java.util.Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            return null;
        }
        int pixelsWide = readInt(png, 16);
        int pixelsHigh = readInt(png, 20);
        if (pixelsWide <= 0 || pixelsHigh <= 0) {
            return null;
        }
        double scale = Math.min(1.0, Math.min(MAX_WIDTH / (double) pixelsWide, MAX_HEIGHT / (double) pixelsHigh));
        return new MailLogo(png, Math.max(1, (int) Math.round(pixelsWide * scale)),
                Math.max(1, (int) Math.round(pixelsHigh * scale)));
    }

    /** The inline attachment the HTML refers to as {@code cid:}{@value #CONTENT_ID}. */
    Attachment attachment() {
        return Attachment.inline(CONTENT_ID, "logo.png", "image/png", png);
    }

    /** Big-endian, as in the PNG header (IHDR width at 16, height at 20). */
    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }
}
