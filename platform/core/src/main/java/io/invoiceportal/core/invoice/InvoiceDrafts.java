package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.ValidationException;

/**
 * An invoice as publishing would make it, without a database: for tests of plugins and importers
 * that need realistic invoices through the real checks and calculation.
 */
public final class InvoiceDrafts {
    private InvoiceDrafts() {}

    /**
     * The checked invoice with its computed amounts; not stored, so its id and customer id are 0
     * and its creation time is null. The rules that need the tenant or the customer (BR-61 with the
     * seller's IBAN, BR-AE-02 and BR-IC-02 with the buyer's VAT id) are checked only when publishing.
     *
     * @throws ValidationException naming each invalid field (and the rule id of each business rule broken)
     */
    public static Invoice compute(InvoiceRequest request) {
        return InvoiceValidator.check(request).invoice();
    }
}
