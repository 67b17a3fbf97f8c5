package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceDrafts;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.invoice.SourceDocument;
import io.invoiceportal.core.tenant.Tenant;
import java.util.List;
import java.util.function.Function;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import org.jdbi.v3.core.Jdbi;

/**
 * Publishes an invoice from a UBL 2.1 Invoice or CreditNote (docs/invoice-model.md, "Importing
 * UBL"), in this order: safe parse; the EN 16931 rules (every broken rule is an error naming its
 * official id); the buyer matched to one of the tenant's customers; the terms the portal cannot hold
 * yet refused; the document's totals compared with the computed ones; then {@link InvoiceService}
 * publishes it like a JSON body (same checks, Idempotency-Key and conflict handling) and keeps the
 * original bytes with it. Any refusal is a {@link ValidationException} and stores nothing. What
 * Peppol BIS Billing 3.0 would still need is reported, not enforced.
 */
public class UblImportService {
    private final Jdbi jdbi;
    private final InvoiceService invoices;

    public UblImportService(Jdbi jdbi, InvoiceService invoices) {
        this.jdbi = jdbi;
        this.invoices = invoices;
    }

    /** A Peppol BIS Billing 3.0 rule the imported document breaks (information only). */
    public record PeppolGap(String rule, String location, String message) {}

    /** What the answer to an import is made of: the issuer's view of the invoice and the Peppol gaps. */
    public record Imported(InvoiceService.IssuerView view, List<PeppolGap> peppol) {}

    /** Imports {@code xml}; {@code response} makes the body of the answer (kept for the Idempotency-Key). */
    public InvoiceService.Published publish(Tenant tenant, byte[] xml, String idempotencyKey, String actor,
            Function<Imported, String> response) {
        UblDocument document = UblReader.read(xml);
        InvoiceRequest request = checked(document,
                party -> jdbi.withHandle(handle -> BuyerMatcher.customerNumber(handle, tenant, party)));
        List<PeppolGap> peppol = UblRules.peppol(document).stream()
                .map(f -> new PeppolGap(f.rule(), f.location(), f.text())).toList();
        return invoices.publish(tenant, request, new SourceDocument(UblDocument.MEDIA_TYPE, xml), idempotencyKey,
                actor, view -> response.apply(new Imported(view, peppol)));
    }

    /** The checks before anything is stored, in order, with the buyer found by {@code buyers}: the body to publish. */
    static InvoiceRequest checked(UblDocument document, Function<PartyType, String> buyers) {
        List<UblRules.Failure> broken = UblRules.en16931(document);
        if (!broken.isEmpty()) {
            throw new ValidationException(broken.stream().map(f -> f.rule() == null
                    ? new FieldError(f.location(), MessageKey.UBL_SCHEMA_INVALID, f.text())
                    : FieldError.rule(f.rule(), f.location(), MessageKey.UBL_RULE_BROKEN, f.text())).toList());
        }
        UblInvoice ubl = UblInvoice.of(document);
        InvoiceRequest request = UblMapper.request(ubl, buyers.apply(ubl.customer().getParty()));
        Invoice computed;
        try {
            computed = InvoiceDrafts.compute(request);
        } catch (ValidationException e) {
            throw UblFields.located(e, document.kind());
        }
        UblTotals.check(ubl, computed);
        return request;
    }
}
