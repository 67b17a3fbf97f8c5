package io.invoiceportal.core.invoice;

import java.time.LocalDate;

/**
 * What a customer asks of their invoice list: filters (all optional, combined with AND), one
 * sort column and a page.
 *
 * @param read {@code true}: only read; {@code false}: only unread; {@code null}: both
 * @param number exact invoice number
 * @param dateFrom issue date on or after
 * @param dateTo issue date on or before
 * @param categoryPrefix case-insensitive prefix of the category ("Alg" finds "Algemene doorbelastingen")
 * @param sort the column
 * @param ascending sort direction
 * @param page page number from 0
 * @param size rows per page, 1-100
 */
public record InvoiceQuery(
        Boolean read, String number, LocalDate dateFrom, LocalDate dateTo, String categoryPrefix,
        Sort sort, boolean ascending, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Sortable columns; text sorts ignore case; ties are broken by the invoice's id. */
    public enum Sort {
        INVOICE_NUMBER("i.invoice_number"),
        ISSUE_DATE("i.issue_date"),
        DUE_DATE("i.due_date"),
        CATEGORY("lower(i.category)"),
        DESCRIPTION("lower(i.description)"),
        TOTAL_AMOUNT("i.tax_inclusive"),
        READ("(r.invoice_id is not null)");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public static InvoiceQuery firstPage() {
        return new InvoiceQuery(null, null, null, null, null, Sort.ISSUE_DATE, false, 0, 25);
    }
}
