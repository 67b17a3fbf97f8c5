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
import io.invoiceportal.core.db.Rows;
import io.invoiceportal.core.invoice.InvoiceBatchDao.Stored;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.tenant.Tenant;
import java.math.BigDecimal;
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
import java.util.function.IntFunction;
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
        List<InvoiceBatchDao.InvoiceRow> rows = new ArrayList<>(fresh.size());
        for (Pending p : fresh) {
            rows.add(invoiceRow(tenant.id(), buyers.get(p).id(), p));
        }
        Map<String, Stored> inserted = new HashMap<>();
        for (List<InvoiceBatchDao.InvoiceRow> slice : Rows.slices(rows, InvoiceBatchDao.InvoiceRow.COLUMNS)) {
            inserted.putAll(byNumber(dao.insert(slice)));
        }
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
        List<AuditDao.Entry> events = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            events.add(new AuditDao.Entry(created.get(i).number(),
                    Json.write(Map.of("customerNumber", createdFor.get(i).customerNumber()))));
        }
        AuditDao audit = handle.attach(AuditDao.class);
        for (List<AuditDao.Entry> slice : Rows.slices(events, AuditDao.Entry.COLUMNS)) {
            audit.recordAll(tenant.id(), actor, "invoice.published", slice);
        }
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

    private static InvoiceBatchDao.InvoiceRow invoiceRow(long tenantId, long customerId, Pending p) {
        Invoice i = p.checked().invoice();
        Invoice.Amounts a = i.amounts();
        Invoice.PrecedingInvoice preceding = i.precedingInvoice();
        return new InvoiceBatchDao.InvoiceRow(tenantId, customerId, i.invoiceNumber(), i.issueDate(), i.dueDate(),
                i.category(), i.description(), i.currency(), i.buyerReference(), i.paymentMeansCode(),
                i.paymentIban(), i.paymentReference(), a.lineTotal(), a.allowanceTotal(), a.chargeTotal(),
                a.taxExclusive(), a.taxTotal(), a.taxInclusive(), a.prepaidAmount(), a.payable(), p.hash(),
                i.documentType(), preceding == null ? null : preceding.number(),
                preceding == null ? null : preceding.issueDate(), i.orderReference(), i.contractReference(),
                i.paymentTerms(), i.deliveryDate(), i.note());
    }

    /** Lines, allowances, charges, exemptions and original PDFs of the new invoices, one statement per table. */
    private static void insertDetails(Handle handle, Tenant tenant, List<Pending> created, List<Long> ids) {
        long tenantId = tenant.id();
        List<InvoiceBatchDao.LineRow> lines = new ArrayList<>();
        List<InvoiceBatchDao.AdjustmentRow> adjustments = new ArrayList<>();
        List<InvoiceBatchDao.ExemptionRow> exemptions = new ArrayList<>();
        List<InvoiceBatchDao.PdfRow> pdfs = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            long id = ids.get(i);
            Invoice invoice = created.get(i).checked().invoice();
            for (int n = 0; n < invoice.lines().size(); n++) {
                Invoice.Line l = invoice.lines().get(n);
                Invoice.ItemId item = l.standardItemId();
                lines.add(new InvoiceBatchDao.LineRow(tenantId, id, n, l.id(), l.name(), l.quantity(), l.unitCode(),
                        l.unitPrice(), l.vatCategory(), l.vatRate(), l.lineAmount(), l.note(), l.sellerItemId(),
                        item == null ? null : item.scheme(), item == null ? null : item.id(), l.periodStart(),
                        l.periodEnd()));
            }
            for (boolean charge : new boolean[] {false, true}) {
                List<Invoice.AllowanceCharge> list = charge ? invoice.charges() : invoice.allowances();
                for (int n = 0; n < list.size(); n++) {
                    Invoice.AllowanceCharge a = list.get(n);
                    adjustments.add(new InvoiceBatchDao.AdjustmentRow(tenantId, id, charge, n, a.amount(), a.reason(),
                            a.reasonCode(), a.vatCategory(), a.vatRate()));
                }
            }
            for (Invoice.VatExemption e : invoice.vatExemptions()) {
                exemptions.add(new InvoiceBatchDao.ExemptionRow(tenantId, id, e.vatCategory(), e.reason(),
                        e.reasonCode()));
            }
            byte[] pdf = created.get(i).checked().pdf();
            if (pdf != null) {
                pdfs.add(new InvoiceBatchDao.PdfRow(tenantId, id, pdf));
            }
        }
        InvoiceBatchDao dao = handle.attach(InvoiceBatchDao.class);
        if (!lines.isEmpty()) {
            dao.insertLines(tenantId, column(lines, Long[]::new, InvoiceBatchDao.LineRow::invoiceId),
                    column(lines, Integer[]::new, InvoiceBatchDao.LineRow::position),
                    text(lines, InvoiceBatchDao.LineRow::lineId), text(lines, InvoiceBatchDao.LineRow::name),
                    text(lines, InvoiceBatchDao.LineRow::quantity), text(lines, InvoiceBatchDao.LineRow::unitCode),
                    text(lines, InvoiceBatchDao.LineRow::unitPrice), text(lines, InvoiceBatchDao.LineRow::vatCategory),
                    text(lines, InvoiceBatchDao.LineRow::vatRate), text(lines, InvoiceBatchDao.LineRow::lineAmount),
                    text(lines, InvoiceBatchDao.LineRow::note), text(lines, InvoiceBatchDao.LineRow::sellerItemId),
                    text(lines, InvoiceBatchDao.LineRow::standardItemScheme),
                    text(lines, InvoiceBatchDao.LineRow::standardItemId),
                    text(lines, InvoiceBatchDao.LineRow::periodStart), text(lines, InvoiceBatchDao.LineRow::periodEnd));
        }
        Rows.slices(adjustments, InvoiceBatchDao.AdjustmentRow.COLUMNS).forEach(dao::insertAdjustments);
        Rows.slices(exemptions, InvoiceBatchDao.ExemptionRow.COLUMNS).forEach(dao::insertExemptions);
        // one PDF per statement: originals may be large, and few batches carry them
        Rows.slices(pdfs, Rows.MAX_PARAMETERS).forEach(dao::insertPdfs);
    }

    /** One column of {@code rows} as an array for {@code unnest}. */
    private static <R, T> T[] column(List<R> rows, IntFunction<T[]> array, Function<R, T> value) {
        T[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }

    /** One column of {@code rows} as text (numbers in plain notation, dates ISO), cast back in SQL. */
    private static <R> String[] text(List<R> rows, Function<R, Object> value) {
        return column(rows, String[]::new, r -> {
            Object v = value.apply(r);
            return v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        });
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
