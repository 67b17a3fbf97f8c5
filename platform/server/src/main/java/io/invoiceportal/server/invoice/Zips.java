package io.invoiceportal.server.invoice;

import io.invoiceportal.core.export.InvoiceFile;
import io.invoiceportal.plugin.api.ExportException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;

/**
 * ZIP downloads, streamed to the client while they are written. A failure half-way cuts the
 * download off (the status was sent already) and marks nothing read.
 */
final class Zips {
    private Zips() {}

    static Response response(InvoiceFile file) {
        StreamingOutput body = out -> {
            try {
                file.writeTo(out);
            } catch (ExportException e) {
                throw new IOException("export failed: " + e.getMessage(), e);
            }
        };
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", ContentDisposition.of(file.inline(), file.fileName()))
                .build();
    }
}
