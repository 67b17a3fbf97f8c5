package io.invoiceportal.core.invoice;

/** The document an invoice was imported from, as it arrived: its media type and bytes. */
public record SourceDocument(String mediaType, byte[] content) {}
