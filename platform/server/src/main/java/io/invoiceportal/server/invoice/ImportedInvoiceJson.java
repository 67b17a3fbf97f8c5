package io.invoiceportal.server.invoice;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.invoiceportal.core.ubl.UblImportService;
import java.util.List;

/**
 * The answer to a UBL import: the invoice as the JSON path answers it, plus {@code peppol}, the
 * Peppol BIS Billing 3.0 rules the imported document still breaks (empty when it is Peppol-valid).
 */
public record ImportedInvoiceJson(@JsonUnwrapped InvoiceJson invoice, List<UblImportService.PeppolGap> peppol) {}
