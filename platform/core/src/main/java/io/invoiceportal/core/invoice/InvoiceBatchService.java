package io.invoiceportal.core.invoice;

import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.invoice.InvoiceBatchDao.Stored;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.tenant.Tenant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Publishes invoices in batches: each item is checked as {@link InvoiceService#publish} checks one
 * and gets its own result; a chunk of items is stored in one transaction with one statement per
 * table. An item is idempotent by number and content (same content: {@code existing}; other
 * content: an error), a whole request by its {@code Idempotency-Key} ({@link #once}).
 */
public class InvoiceBatchService {
    /** The most invoices one batch request may hold. */
    public static final int MAX_ITEMS = 1000;
    /** How many items one transaction stores. */
    public static final int CHUNK = 100;

    private final Jdbi jdbi;

    public InvoiceBatchService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One item of a batch: the invoice as read, or, when it could not be read, the error for it
     * ({@code code} as in the API's error format and the field errors).
     */
    public record Item(int index, InvoiceRequest request, String invoiceNumber, String code, List<FieldError> errors) {
        public static Item of(int index, InvoiceRequest request) {
            return new Item(index, request, request == null ? null : request.invoiceNumber(), null, null);
        }

        public static Item unreadable(int index, String invoiceNumber, String code, List<FieldError> errors) {
            return new Item(index, null, invoiceNumber, code, errors);
        }
    }

    /** What became of an item. */
    public enum Status { CREATED, EXISTING, ERROR }

    /** The result of one item; {@code code} and {@code errors} only for an error (message keys untranslated). */
    public record Result(int index, String invoiceNumber, Status status, String code, List<FieldError> errors) {
        static Result error(int index, String invoiceNumber, String code, List<FieldError> errors) {
            return new Result(index, invoiceNumber, Status.ERROR, code, errors);
        }
    }

    /**
     * Runs {@code request} once per {@code idempotencyKey}: the first run's answer is kept with the
     * key (at least {@value InvoiceService#IDEMPOTENCY_KEY_HOURS} hours) and given again for a repeat
     * with the same {@code requestHash}; a repeat that arrives while the first runs waits for it.
     * The same key with another request is a {@link ValidationException} on {@code Idempotency-Key}.
     * The key is held in a transaction of its own while {@code request} stores its chunks in
     * others: if the request fails, the key is free again and a retry finds the invoices already
     * stored as {@code existing}.
     */
    public String once(Tenant tenant, String idempotencyKey, byte[] requestHash, Supplier<String> request) {
        if (idempotencyKey == null) {
            return request.get();
        }
        try (Handle handle = jdbi.open()) {
            handle.begin();
            try {
                IdempotencyDao keys = handle.attach(IdempotencyDao.class);
                keys.expire(tenant.id(), InvoiceService.IDEMPOTENCY_KEY_HOURS);
                String body;
                if (keys.claim(tenant.id(), idempotencyKey, requestHash) == 1) {
                    body = request.get();
                    keys.complete(tenant.id(), idempotencyKey, 200, body);
                } else {
                    IdempotencyDao.Stored stored = keys.find(tenant.id(), idempotencyKey).orElseThrow();
                    if (!Arrays.equals(stored.requestHash(), requestHash)) {
                        throw ValidationException.of("Idempotency-Key", MessageKey.IDEMPOTENCY_KEY_REUSED);
                    }
                    body = stored.responseBody();
                }
                handle.commit();
                return body;
            } catch (RuntimeException e) {
                handle.rollback();
                throw e;
            }
        }
    }

    /** Publishes a chunk of at most {@link #CHUNK} items in one transaction; one result per item, in order. */
    public List<Result> publish(Tenant tenant, List<Item> items, String actor) {
        Result[] results = new Result[items.size()];
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.request() == null) {
                results[i] = Result.error(item.index(), item.invoiceNumber(), item.code(), item.errors());
                continue;
            }
            try {
                InvoiceValidator.Checked checked = InvoiceValidator.check(item.request());
                pending.add(new Pending(i, item.index(), checked, Hashes.sha256(Json.write(checked.canonical()))));
            } catch (ValidationException e) {
                results[i] = Result.error(item.index(), item.invoiceNumber(), "invalid", e.errors());
            }
        }
        if (!pending.isEmpty()) {
            jdbi.useTransaction(handle -> store(handle, tenant, pending, results, actor));
        }
        return List.of(results);
    }

    /** An item that passed the checks, at {@code position} in its chunk. */
    private record Pending(int position, int index, InvoiceValidator.Checked checked, byte[] hash) {
        String number() {
            return checked.invoice().invoiceNumber();
        }
    }

    /** Stores in rounds: an invoice number repeated within the chunk is handled after its first occurrence. */
    private static void store(Handle handle, Tenant tenant, List<Pending> pending, Result[] results, String actor) {
        String[] customerNumbers = pending.stream().map(p -> p.checked().customerNumber()).distinct()
                .toArray(String[]::new);
        Map<String, Customer> customers = new HashMap<>();
        for (Customer c : handle.attach(CustomerDao.class).findAll(tenant.id(), customerNumbers)) {
            customers.put(c.customerNumber(), c);
        }
        List<Pending> rest = pending;
        while (!rest.isEmpty()) {
            Set<String> seen = new HashSet<>();
            List<Pending> round = new ArrayList<>();
            List<Pending> later = new ArrayList<>();
            for (Pending p : rest) {
                (seen.add(p.number()) ? round : later).add(p);
            }
            storeRound(handle, tenant, customers, round, results, actor);
            rest = later;
        }
    }

    private static void storeRound(Handle handle, Tenant tenant, Map<String, Customer> customers, List<Pending> round,
            Result[] results, String actor) {
        List<Pending> candidates = new ArrayList<>();
        Map<Pending, Customer> buyers = new IdentityHashMap<>();
        for (Pending p : round) {
            Customer customer = customers.get(p.checked().customerNumber());
            List<FieldError> errors = customer == null
                    ? List.of(new FieldError("customerNumber", MessageKey.CUSTOMER_UNKNOWN))
                    : partyErrors(p.checked().invoice(), tenant, customer);
            if (!errors.isEmpty()) {
                results[p.position()] = Result.error(p.index(), p.number(), "invalid", errors);
                continue;
            }
            candidates.add(p);
            buyers.put(p, customer);
        }
        if (candidates.isEmpty()) {
            return;
        }
        InvoiceBatchDao dao = handle.attach(InvoiceBatchDao.class);
        Map<String, Stored> stored = byNumber(dao.find(tenant.id(), numbers(candidates)));
        List<Pending> fresh = new ArrayList<>();
        for (Pending p : candidates) {
            Stored s = stored.get(p.number());
            if (s == null) {
                fresh.add(p);
            } else {
                results[p.position()] = existing(p, s);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // one order for every writer, so that two batches with the same numbers wait instead of deadlocking
        fresh.sort(Comparator.comparing(Pending::number));
        List<Invoice> invoices = fresh.stream().map(p -> p.checked().invoice()).toList();
        Map<String, Stored> inserted = byNumber(dao.insert(tenant.id(),
                fresh.stream().map(p -> buyers.get(p).id()).toList(), invoices,
                invoices.stream().map(Invoice::amounts).toList(), fresh.stream().map(Pending::hash).toList(),
                invoices.stream().map(i -> i.precedingInvoice() == null ? null : i.precedingInvoice().number()).toList(),
                invoices.stream().map(i -> i.precedingInvoice() == null ? null : i.precedingInvoice().issueDate())
                        .toList()));
        List<Pending> created = new ArrayList<>();
        List<Pending> raced = new ArrayList<>();
        for (Pending p : fresh) {
            (inserted.containsKey(p.number()) ? created : raced).add(p);
        }
        if (!raced.isEmpty()) { // stored meanwhile by another request
            Map<String, Stored> now = byNumber(dao.find(tenant.id(), numbers(raced)));
            raced.forEach(p -> results[p.position()] = existing(p, now.get(p.number())));
        }
        if (created.isEmpty()) {
            return;
        }
        List<Long> ids = created.stream().map(p -> inserted.get(p.number()).id()).toList();
        insertDetails(handle, tenant, created, ids);
        List<Customer> createdFor = created.stream().map(buyers::get).toList();
        Outbox.enqueueAll(handle, tenant.id(), OutboxKind.NEW_INVOICE, createdFor.stream().map(Customer::id).toList(),
                ids, createdFor.stream().map(Customer::deliveryChannel).toList());
        handle.attach(AuditDao.class).recordAll(tenant.id(), actor, "invoice.published",
                created.stream().map(Pending::number).toList(),
                createdFor.stream().map(c -> Json.write(Map.of("customerNumber", c.customerNumber()))).toList());
        created.forEach(p -> results[p.position()] = new Result(p.index(), p.number(), Status.CREATED, null, List.of()));
    }

    private static List<FieldError> partyErrors(Invoice invoice, Tenant tenant, Customer customer) {
        Checks rules = new Checks();
        BusinessRules.checkParties(rules, invoice, tenant, customer);
        try {
            rules.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static Result existing(Pending p, Stored stored) {
        if (Arrays.equals(stored.contentHash(), p.hash())) {
            return new Result(p.index(), p.number(), Status.EXISTING, null, List.of());
        }
        return Result.error(p.index(), p.number(), "conflict",
                List.of(new FieldError("invoiceNumber", MessageKey.INVOICE_OTHER_CONTENT)));
    }

    /** Lines, allowances, charges, exemptions and original PDFs of the new invoices, one batch per table. */
    private static void insertDetails(Handle handle, Tenant tenant, List<Pending> created, List<Long> ids) {
        InvoiceBatchDao dao = handle.attach(InvoiceBatchDao.class);
        List<Long> lineInvoice = new ArrayList<>();
        List<Integer> linePosition = new ArrayList<>();
        List<Invoice.Line> lines = new ArrayList<>();
        List<Long> adjustmentInvoice = new ArrayList<>();
        List<Boolean> adjustmentCharge = new ArrayList<>();
        List<Integer> adjustmentPosition = new ArrayList<>();
        List<Invoice.AllowanceCharge> adjustments = new ArrayList<>();
        List<Long> exemptionInvoice = new ArrayList<>();
        List<Invoice.VatExemption> exemptions = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            long id = ids.get(i);
            Invoice invoice = created.get(i).checked().invoice();
            for (int n = 0; n < invoice.lines().size(); n++) {
                lineInvoice.add(id);
                linePosition.add(n);
                lines.add(invoice.lines().get(n));
            }
            for (boolean charge : new boolean[] {false, true}) {
                List<Invoice.AllowanceCharge> list = charge ? invoice.charges() : invoice.allowances();
                for (int n = 0; n < list.size(); n++) {
                    adjustmentInvoice.add(id);
                    adjustmentCharge.add(charge);
                    adjustmentPosition.add(n);
                    adjustments.add(list.get(n));
                }
            }
            for (Invoice.VatExemption e : invoice.vatExemptions()) {
                exemptionInvoice.add(id);
                exemptions.add(e);
            }
            byte[] pdf = created.get(i).checked().pdf();
            if (pdf != null) {
                handle.attach(InvoiceDao.class).insertPdf(tenant.id(), id, pdf);
            }
        }
        dao.insertLines(tenant.id(), lineInvoice, linePosition, lines,
                part(lines, l -> l.standardItemId() == null ? null : l.standardItemId().scheme()),
                part(lines, l -> l.standardItemId() == null ? null : l.standardItemId().id()));
        if (!adjustments.isEmpty()) {
            dao.insertAdjustments(tenant.id(), adjustmentInvoice, adjustmentCharge, adjustmentPosition, adjustments);
        }
        if (!exemptions.isEmpty()) {
            dao.insertExemptions(tenant.id(), exemptionInvoice, exemptions);
        }
    }

    private static <T> List<String> part(List<T> list, Function<T, String> part) {
        List<String> parts = new ArrayList<>(list.size());
        list.forEach(t -> parts.add(part.apply(t)));
        return parts;
    }

    private static String[] numbers(List<Pending> pending) {
        return pending.stream().map(Pending::number).toArray(String[]::new);
    }

    private static Map<String, Stored> byNumber(List<Stored> stored) {
        Map<String, Stored> map = new HashMap<>();
        stored.forEach(s -> map.put(s.invoiceNumber(), s));
        return map;
    }
}
