package io.invoiceportal.core.invoice;

import java.util.List;

/** One page of the invoice list and the number of invoices that match the filters. */
public record InvoicePage(List<InvoiceSummary> items, long total, int page, int size) {}
