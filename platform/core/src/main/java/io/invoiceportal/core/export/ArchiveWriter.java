package io.invoiceportal.core.export;

import io.invoiceportal.core.export.ArchiveListener.ArchiveEntry;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.plugin.api.ExportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the entries of one archive: renders them on the shared {@link RenderPool}, at most
 * {@code window} at a time, each into its own buffer, and copies each finished buffer into the ZIP
 * in the archive's order on the calling thread. So the renders of several entries overlap with each
 * other and with compressing, the ZIP comes out exactly as if written one entry after the other, and
 * memory holds at most {@code window} rendered files however many invoices there are.
 */
final class ArchiveWriter {

    /** Renders one invoice in one format. */
    @FunctionalInterface
    interface Renderer {
        ExportService.Rendering render(Invoice invoice, String format);
    }

    private final Renderer renderer;
    private final ExecutorService pool;
    private final int window;

    ArchiveWriter(Renderer renderer, ExecutorService pool, int window) {
        this.renderer = renderer;
        this.pool = pool;
        this.window = window;
    }

    /** One entry to make: an invoice in one format. */
    private record Job(Invoice invoice, String format) {}

    /** A finished render: the file name it asks for, its extension, and its bytes. */
    private record Rendered(String fileName, String extension, ByteArrayOutputStream bytes) {}

    private record Pending(Job job, Future<Rendered> result) {}

    void write(Iterable<Invoice> invoices, List<String> formats, ZipOutputStream zip, ArchiveListener listener)
            throws IOException, ExportException {
        Iterator<Job> jobs = jobs(invoices, formats);
        ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        Set<String> names = new HashSet<>();
        try {
            fill(jobs, inFlight);
            while (!inFlight.isEmpty()) {
                Pending next = inFlight.poll();
                Rendered rendered = await(next, listener);
                fill(jobs, inFlight);
                if (rendered != null) {
                    entry(next.job(), rendered, names, zip, listener);
                }
            }
        } finally {
            for (Pending left : inFlight) {
                left.result().cancel(false);
            }
        }
    }

    private void fill(Iterator<Job> jobs, ArrayDeque<Pending> inFlight) {
        while (inFlight.size() < window && jobs.hasNext()) {
            Job job = jobs.next();
            inFlight.add(new Pending(job, pool.submit(() -> render(job))));
        }
    }

    private Rendered render(Job job) throws IOException, ExportException {
        ExportService.Rendering rendering = renderer.render(job.invoice(), job.format());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        rendering.writer().writeTo(bytes);
        return new Rendered(rendering.fileName(), rendering.exporter().fileExtension(), bytes);
    }

    /** The rendered file, or {@code null} when it failed and the listener leaves it out. */
    private static Rendered await(Pending pending, ArchiveListener listener) throws IOException, ExportException {
        try {
            return pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering " + pending.job().invoice().invoiceNumber());
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case ExportException failure -> {
                    if (listener.skip(pending.job().invoice(), pending.job().format(), failure)) {
                        return null;
                    }
                    throw failure;
                }
                case IOException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Formats that share an extension (the portal's XML and UBL, PDF and Factur-X) are all kept: the
     * first is {@code {number}.{ext}}, the later ones {@code {number}-{format}.{ext}}; a name taken
     * twice even so (the same invoice listed twice) is left out.
     */
    private static void entry(Job job, Rendered rendered, Set<String> names, ZipOutputStream zip, ArchiveListener listener)
            throws IOException {
        String name = rendered.fileName();
        if (!names.add(name)) {
            name = FileNames.single(job.invoice().invoiceNumber() + "-" + job.format(), rendered.extension());
            if (!names.add(name)) {
                return;
            }
        }
        zip.putNextEntry(new ZipEntry(name));
        rendered.bytes().writeTo(zip);
        zip.closeEntry();
        listener.written(new ArchiveEntry(job.invoice(), job.format(), name, rendered.bytes().size()));
    }

    /** Each invoice in each format, in that order, taken from {@code invoices} only as renders are started. */
    private static Iterator<Job> jobs(Iterable<Invoice> invoices, List<String> formats) {
        Iterator<Invoice> each = invoices.iterator();
        return new Iterator<>() {
            private Invoice invoice;
            private int format = formats.size();

            @Override
            public boolean hasNext() {
                return !formats.isEmpty() && (format < formats.size() || each.hasNext());
            }

            @Override
            public Job next() {
                if (format == formats.size()) {
                    invoice = each.next();
                    format = 0;
                }
                return new Job(invoice, formats.get(format++));
            }
        };
    }
}
