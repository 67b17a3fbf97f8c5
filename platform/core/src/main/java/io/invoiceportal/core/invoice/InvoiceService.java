package io.invoiceportal.core.invoice;

import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.Delivery;
import io.invoiceportal.core.outbox.OutboxDao;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.outbox.OutboxState;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Publishes invoices (validated, amounts computed, notification queued) and reads them back. */
public class InvoiceService {
    private final Jdbi jdbi;

    public InvoiceService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How long an Idempotency-Key is kept with its first response, at least. */
    public static final int IDEMPOTENCY_KEY_HOURS = 24;

    /**
     * Publishes an invoice. The same number with the same content answers with the stored invoice
     * ({@code created == false}); with other content it is a {@link ConflictException}. The answer's
     * body is {@code response} applied to the issuer's view of the invoice, made in the same
     * transaction. With an {@code idempotencyKey}, that first answer (created or not, and the body)
     * is kept at least {@value #IDEMPOTENCY_KEY_HOURS} hours, and a repeat of the same request gets
     * it again unchanged, also when both arrive at once; the same key with another request is a
     * {@link ValidationException} on {@code Idempotency-Key}.
     */
    public Published publish(Tenant tenant, InvoiceRequest request, String idempotencyKey, String actor,
            Function<IssuerView, String> response) {
        return publish(tenant, request, null, idempotencyKey, actor, response);
    }

    /**
     * {@link #publish(Tenant, InvoiceRequest, String, String, Function)} of an invoice imported from
     * {@code source}, which is kept with a new invoice (an invoice published before keeps what it has).
     */
    public Published publish(Tenant tenant, InvoiceRequest request, SourceDocument source, String idempotencyKey,
            String actor, Function<IssuerView, String> response) {
        InvoiceValidator.Checked checked = InvoiceValidator.check(request);
        byte[] hash = Hashes.sha256(Json.write(checked.canonical()));
        String number = checked.invoice().invoiceNumber();
        return jdbi.inTransaction(handle -> {
            if (idempotencyKey != null) {
                Optional<Published> replay = claimKey(handle, tenant, idempotencyKey, hash, number);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            Customer customer = customer(handle, tenant, checked.customerNumber());
            Optional<InvoiceDao.Inserted> inserted = insertIfNew(handle, tenant, customer, checked, hash, actor);
            boolean created = inserted.isPresent();
            if (created && source != null) {
                handle.attach(InvoiceSourceDao.class).insert(tenant.id(), inserted.get().id(), source);
            }
            String body = response.apply(created ? createdView(checked, customer, inserted.get())
                    : issuerView(handle, tenant, number));
            if (idempotencyKey != null) {
                handle.attach(IdempotencyDao.class).complete(tenant.id(), idempotencyKey, created ? 201 : 200, body);
            }
            return new Published(created, number, body);
        });
    }

    private static Optional<Published> claimKey(Handle handle, Tenant tenant, String key, byte[] hash, String number) {
        IdempotencyDao keys = handle.attach(IdempotencyDao.class);
        keys.expire(tenant.id(), IDEMPOTENCY_KEY_HOURS);
        if (keys.claim(tenant.id(), key, hash) == 1) {
            return Optional.empty();
        }
        IdempotencyDao.Stored stored = keys.find(tenant.id(), key).orElseThrow();
        if (!Arrays.equals(stored.requestHash(), hash)) {
            throw ValidationException.of("Idempotency-Key", MessageKey.IDEMPOTENCY_KEY_REUSED);
        }
        return Optional.of(new Published(stored.responseStatus() == 201, number, stored.responseBody()));
    }

    /**
     * The issuer's view of an invoice this transaction has just stored, made from what was stored
     * instead of reading it back: the amounts are the same values (the checks allow no more
     * decimals than the columns keep), the exemptions in the order they are read back, unread, and
     * the one notification queued with the invoice (both rows take the transaction's {@code now()}).
     */
    private static IssuerView createdView(InvoiceValidator.Checked checked, Customer customer,
            InvoiceDao.Inserted inserted) {
        Invoice i = checked.invoice();
        List<Invoice.VatExemption> exemptions = i.vatExemptions().stream()
                .sorted(java.util.Comparator.comparing(Invoice.VatExemption::vatCategory)).toList();
        Invoice stored = new Invoice(inserted.id(), customer.id(), customer.customerNumber(), i.invoiceNumber(),
                i.issueDate(), i.dueDate(), i.category(), i.description(), i.currency(), i.buyerReference(),
                i.paymentMeansCode(), i.paymentIban(), i.paymentReference(), i.lines(), i.amounts(),
                checked.pdf() != null, inserted.createdAt(), i.documentType(), i.precedingInvoice(),
                i.orderReference(), i.contractReference(), i.paymentTerms(), i.deliveryDate(), i.note(),
                i.allowances(), i.charges(), exemptions);
        Delivery queued = new Delivery(OutboxKind.NEW_INVOICE, customer.deliveryChannel(), OutboxState.QUEUED, 0, null,
                inserted.createdAt(), null);
        return new IssuerView(stored, false, List.of(queued));
    }

    /**
     * Publishes many invoices in one transaction (bulk loads such as the sample tenants): all or
     * none. Invoices published before with the same content are skipped.
     *
     * @return how many were new
     */
    public int publishAll(Tenant tenant, List<InvoiceRequest> requests, String actor) {
        List<InvoiceValidator.Checked> checked = requests.stream().map(InvoiceValidator::check).toList();
        return jdbi.inTransaction(handle -> {
            Map<String, Customer> customers = new java.util.HashMap<>();
            int created = 0;
            for (InvoiceValidator.Checked c : checked) {
                Customer customer = customers.computeIfAbsent(c.customerNumber(), n -> customer(handle, tenant, n));
                if (insertIfNew(handle, tenant, customer, c, Hashes.sha256(Json.write(c.canonical())), actor).isPresent()) {
                    created++;
                }
            }
            return created;
        });
    }

    private static Customer customer(Handle handle, Tenant tenant, String customerNumber) {
        return handle.attach(CustomerDao.class).find(tenant.id(), customerNumber)
                .orElseThrow(() -> ValidationException.of("customerNumber", MessageKey.CUSTOMER_UNKNOWN));
    }

    /** Stores the invoice; empty when it exists with the same content, a conflict when with other content. */
    private static Optional<InvoiceDao.Inserted> insertIfNew(Handle handle, Tenant tenant, Customer customer,
            InvoiceValidator.Checked checked, byte[] hash, String actor) {
        InvoiceDao dao = handle.attach(InvoiceDao.class);
        Invoice invoice = checked.invoice();
        Checks partyRules = new Checks();
        BusinessRules.checkParties(partyRules, invoice, tenant, customer);
        partyRules.throwIfAny();
        Invoice.PrecedingInvoice preceding = invoice.precedingInvoice();
        Optional<InvoiceDao.Inserted> inserted = dao.insert(tenant.id(), customer.id(), invoice, invoice.amounts(), hash,
                preceding == null ? null : preceding.number(), preceding == null ? null : preceding.issueDate());
        if (inserted.isEmpty()) {
            InvoiceDao.Row existing = dao.find(tenant.id(), invoice.invoiceNumber()).orElseThrow();
            if (!Arrays.equals(existing.contentHash(), hash)) {
                throw new ConflictException("Invoice " + invoice.invoiceNumber() + " exists with other content");
            }
            return Optional.empty();
        }
        long id = inserted.get().id();
        insertDetails(dao, tenant, id, invoice);
        if (checked.pdf() != null) {
            dao.insertPdf(tenant.id(), id, checked.pdf());
        }
        Outbox.enqueue(handle, tenant.id(), OutboxKind.NEW_INVOICE, customer.id(), id, customer.deliveryChannel());
        handle.attach(AuditDao.class).record(tenant.id(), actor, "invoice.published", invoice.invoiceNumber(),
                Json.write(Map.of("customerNumber", customer.customerNumber())));
        return inserted;
    }

    private static void insertDetails(InvoiceDao dao, Tenant tenant, long id, Invoice invoice) {
        List<Invoice.Line> lines = invoice.lines();
        dao.insertLines(tenant.id(), id, positions(lines), lines,
                lines.stream().map(l -> l.standardItemId() == null ? null : l.standardItemId().scheme()).toList(),
                lines.stream().map(l -> l.standardItemId() == null ? null : l.standardItemId().id()).toList());
        if (!invoice.allowances().isEmpty()) {
            dao.insertAdjustments(tenant.id(), id, false, positions(invoice.allowances()), invoice.allowances());
        }
        if (!invoice.charges().isEmpty()) {
            dao.insertAdjustments(tenant.id(), id, true, positions(invoice.charges()), invoice.charges());
        }
        if (!invoice.vatExemptions().isEmpty()) {
            dao.insertExemptions(tenant.id(), id, invoice.vatExemptions());
        }
    }

    private static List<Integer> positions(List<?> list) {
        return IntStream.range(0, list.size()).boxed().toList();
    }

    /** The invoice with this number, or a {@link NotFoundException}. */
    public Invoice get(Tenant tenant, String invoiceNumber) {
        return find(tenant, invoiceNumber).orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber));
    }

    public Optional<Invoice> find(Tenant tenant, String invoiceNumber) {
        return jdbi.withHandle(handle -> load(handle, tenant, invoiceNumber));
    }

    /** The invoice with this database id (for the outbox relay). */
    public Optional<Invoice> findById(Tenant tenant, long id) {
        return jdbi.withHandle(handle -> handle.attach(InvoiceDao.class).findById(tenant.id(), id)
                .flatMap(row -> load(handle, tenant, row.invoiceNumber())));
    }

    /** The issuer's view: the invoice, whether the customer has read it, and its deliveries. */
    public IssuerView issuerView(Tenant tenant, String invoiceNumber) {
        return jdbi.withHandle(handle -> issuerView(handle, tenant, invoiceNumber));
    }

    private static IssuerView issuerView(Handle handle, Tenant tenant, String invoiceNumber) {
        Invoice invoice = load(handle, tenant, invoiceNumber)
                .orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber));
        boolean read = handle.attach(InvoiceDao.class).readByCustomer(tenant.id(), invoice.id());
        List<Delivery> deliveries = handle.attach(OutboxDao.class).forInvoice(tenant.id(), invoice.id());
        return new IssuerView(invoice, read, deliveries);
    }

    /** The media type of the document the invoice was imported from, if it was. */
    public Optional<String> sourceMediaType(Tenant tenant, Invoice invoice) {
        return jdbi.withExtension(InvoiceSourceDao.class, dao -> dao.mediaType(tenant.id(), invoice.id()));
    }

    /** The bytes of the document the invoice was imported from, exactly as received. */
    public byte[] sourceContent(Tenant tenant, Invoice invoice) {
        return jdbi.withExtension(InvoiceSourceDao.class, dao -> dao.content(tenant.id(), invoice.id())).orElseThrow();
    }

    /** The issuer's own PDF sent with the invoice, if any. */
    public Optional<byte[]> originalPdf(Tenant tenant, Invoice invoice) {
        return jdbi.withExtension(InvoiceDao.class, dao -> dao.originalPdf(tenant.id(), invoice.id()));
    }

    static Optional<Invoice> load(Handle handle, Tenant tenant, String invoiceNumber) {
        if (invoiceNumber == null || !InvoiceValidator.NUMBER.matcher(invoiceNumber).matches()) {
            return Optional.empty();
        }
        InvoiceDao dao = handle.attach(InvoiceDao.class);
        return dao.find(tenant.id(), invoiceNumber).map(row -> {
            List<Invoice.Line> lines = dao.lines(tenant.id(), row.id()).stream().map(InvoiceDao.LineRow::line).toList();
            List<InvoiceDao.AdjustmentRow> adjustments = dao.adjustments(tenant.id(), row.id());
            List<Invoice.AllowanceCharge> allowances = adjustments.stream().filter(a -> !a.charge())
                    .map(InvoiceDao.AdjustmentRow::adjustment).toList();
            List<Invoice.AllowanceCharge> charges = adjustments.stream().filter(InvoiceDao.AdjustmentRow::charge)
                    .map(InvoiceDao.AdjustmentRow::adjustment).toList();
            List<Invoice.VatExemption> exemptions = dao.exemptions(tenant.id(), row.id());
            Invoice.Amounts computed = InvoiceCalculator.amounts(lines, allowances, charges, exemptions,
                    row.prepaidAmount());
            return new Invoice(row.id(), row.customerId(), row.customerNumber(), row.invoiceNumber(),
                    row.issueDate(), row.dueDate(), row.category(), row.description(), row.currency(),
                    row.buyerReference(), row.paymentMeansCode(), row.paymentIban(), row.paymentReference(),
                    lines, new Invoice.Amounts(computed.vatBreakdown(), row.lineTotal(), row.allowanceTotal(),
                            row.chargeTotal(), row.taxExclusive(), row.taxTotal(), row.taxInclusive(),
                            row.prepaidAmount(), row.payable()),
                    row.hasOriginalPdf(), row.createdAt(), row.documentType(),
                    row.precedingNumber() == null ? null
                            : new Invoice.PrecedingInvoice(row.precedingNumber(), row.precedingIssueDate()),
                    row.orderReference(), row.contractReference(), row.paymentTerms(), row.deliveryDate(), row.note(),
                    allowances, charges, exemptions);
        });
    }

    /** The answer to a publish: whether it created the invoice, its number, and the response body. */
    public record Published(boolean created, String invoiceNumber, String body) {}

    /** What the issuer sees of an invoice. */
    public record IssuerView(Invoice invoice, boolean read, List<Delivery> deliveries) {}
}
