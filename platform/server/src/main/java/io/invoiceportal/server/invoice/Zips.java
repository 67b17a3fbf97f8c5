package io.invoiceportal.server.invoice;

import io.invoiceportal.core.export.InvoiceFile;
import io.invoiceportal.plugin.api.ExportException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * ZIP downloads, streamed to the client while they are written. A file that fails half-way marks
 * nothing read and cuts the connection off, so the client sees a failed download; otherwise the
 * buffered start and the end of the ZIP would go out as a complete but broken file with status
 * 200 (the status goes out before the ZIP is done).
 */
final class Zips {
    private Zips() {}

    static Response response(InvoiceFile file, HttpServletRequest http) {
        StreamingOutput body = out -> {
            try {
                file.writeTo(out);
            } catch (ExportException e) {
                throw cutOff(http, new IOException("export failed: " + e.getMessage(), e));
            } catch (IOException e) {
                throw cutOff(http, e);
            }
        };
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", ContentDisposition.of(file.inline(), file.fileName()))
                .build();
    }

    private static IOException cutOff(HttpServletRequest http, IOException failure) {
        ServletContextRequest.getServletContextRequest(http).getServletChannel().abort(failure);
        return failure;
    }
}
