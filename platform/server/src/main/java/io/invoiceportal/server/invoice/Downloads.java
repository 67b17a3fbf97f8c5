package io.invoiceportal.server.invoice;

import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.plugin.api.ExportException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Answers a rendered invoice as a file download. */
public final class Downloads {
    private Downloads() {}

    /**
     * Renders into memory first (one invoice is small) so that an exporter failure becomes a
     * clean error response instead of a cut-off download.
     */
    public static Response of(ExportService.Rendering rendering) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try {
            rendering.writer().writeTo(buffer);
        } catch (ExportException e) {
            return io.invoiceportal.server.api.ApiError.response(422, "export_failed", e.getMessage());
        } catch (IOException e) {
            throw new WebApplicationException(e, 500);
        }
        byte[] bytes = buffer.toByteArray();
        StreamingOutput body = out -> out.write(bytes);
        // a PDF opens in the browser (the user may still save it); other formats are saved
        String disposition = "application/pdf".equals(rendering.mediaType()) ? "inline" : "attachment";
        return Response.ok(body, rendering.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + rendering.fileName() + "\"")
                .header("Content-Length", bytes.length)
                .build();
    }
}
