package io.invoiceportal.server.invoice;

import io.invoiceportal.core.export.InvoiceFile;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.server.api.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * ZIP downloads, streamed to the client while they are written. The start of the ZIP is held back
 * ({@link HeldStart}), so a file that fails before anything went out is the same 422
 * {@code export_failed} as a single download. A file that fails later marks nothing read and cuts
 * the connection off, so the client sees a failed download; otherwise the start and the end of the
 * ZIP would go out as a complete but broken file with status 200 (the status goes out before the
 * ZIP is done).
 */
final class Zips {
    /** How much of a ZIP is held back before the status goes out. */
    static final int HELD_BYTES = 64 * 1024;

    private Zips() {}

    static Response response(InvoiceFile file, HttpServletRequest http) {
        StreamingOutput body = out -> {
            HeldStart start = new HeldStart(out);
            try {
                file.writeTo(start);
                start.flush();
            } catch (ExportException e) {
                if (!start.released()) {
                    throw new WebApplicationException(ApiError.exportFailed(e));
                }
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

    /** Keeps the first {@link #HELD_BYTES} in memory until there are more or the writer flushes. */
    private static final class HeldStart extends OutputStream {
        private final OutputStream out;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        HeldStart(OutputStream out) {
            this.out = out;
        }

        boolean released() {
            return held == null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null && held.size() + len <= HELD_BYTES) {
                held.write(b, off, len);
                return;
            }
            release();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            release();
            out.flush();
        }

        private void release() throws IOException {
            if (held != null) {
                held.writeTo(out);
                held = null;
            }
        }
    }
}
