package io.invoiceportal.server.invoice;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.ExportException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** ZIP downloads, streamed to the client while they are written. */
final class Zips {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private Zips() {}

    interface Writer {
        void write(OutputStream out) throws IOException, ExportException;
    }

    /** {@code {tenant}-invoices-{yyyyMMdd-HHmm}.zip}, in Amsterdam time. */
    static String name(Tenant tenant) {
        return tenant.slug() + "-invoices-" + LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).format(STAMP) + ".zip";
    }

    static Response response(Writer writer, String fileName) {
        StreamingOutput body = out -> {
            try {
                writer.write(out);
            } catch (ExportException e) {
                throw new IOException("export failed: " + e.getMessage(), e);
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
