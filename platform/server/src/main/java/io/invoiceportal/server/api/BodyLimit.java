package io.invoiceportal.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method takes, in bytes; without it {@link #DEFAULT}. A
 * larger body is answered 413 before it is read (see {@link BodyLimitFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    /** 64 KiB: every JSON body but those that carry a logo or a PDF. */
    long DEFAULT = 64 * 1024;
    /** 1 MiB: bodies with a logo (SVG up to 200,000 characters) or a long list of invoice numbers. */
    long LARGE = 1024 * 1024;
    /** 16 MiB: an invoice with its PDF (up to 10 MB, base64) embedded. */
    long INVOICE = 16 * 1024 * 1024;
    /** 128 MiB: a batch of up to 1,000 invoices (spooled to disk, never held in memory). */
    long BATCH = 128 * 1024 * 1024;

    long value();
}
