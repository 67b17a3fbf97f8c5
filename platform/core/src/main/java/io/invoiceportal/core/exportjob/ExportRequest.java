package io.invoiceportal.core.exportjob;

import java.util.List;

/**
 * What a customer asks to export: the formats ({@code ["all"]} for every format the portal
 * offers) and either a filter of the invoice list or the invoice numbers, not both.
 */
public record ExportRequest(List<String> formats, Filter filter, List<String> invoiceNumbers) {

    /** The list's filters as the customer gave them (text, checked by the service); all optional. */
    public record Filter(String read, String number, String dateFrom, String dateTo, String category) {}
}
