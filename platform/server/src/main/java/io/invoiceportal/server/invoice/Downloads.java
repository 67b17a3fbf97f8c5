package io.invoiceportal.server.invoice;

import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.InvoiceFile;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.server.api.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Answers one invoice in one format as a file. */
final class Downloads {
    private Downloads() {}

    /** The customer's file; it marks its invoice read once it is complete (before it is sent). */
    static Response of(InvoiceFile file) {
        return buffered(file::writeTo, file.mediaType(), file.inline(), file.fileName());
    }

    /** An issuer's rendering; a PDF opens in the browser, other formats are saved. */
    static Response of(ExportService.Rendering rendering) {
        return buffered(rendering.writer(), rendering.mediaType(), "application/pdf".equals(rendering.mediaType()),
                rendering.fileName());
    }

    /**
     * Writes into memory first (one invoice is small) so that an exporter failure becomes a clean
     * error response instead of a cut-off download.
     */
    private static Response buffered(ExportService.Writer writer, String mediaType, boolean inline, String fileName) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.writeTo(buffer);
        } catch (ExportException e) {
            return ApiError.exportFailed(e);
        } catch (IOException e) {
            throw new WebApplicationException(e, 500);
        }
        byte[] bytes = buffer.toByteArray();
        StreamingOutput body = out -> out.write(bytes);
        return Response.ok(body, mediaType)
                .header("Content-Disposition", ContentDisposition.of(inline, fileName))
                .header("Content-Length", bytes.length)
                .build();
    }
}
