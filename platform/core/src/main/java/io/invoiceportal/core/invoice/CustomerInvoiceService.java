package io.invoiceportal.core.invoice;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The signed-in customer's own invoices: the list with filters, sorting and paging, and opening
 * an invoice (which marks it read for this account). Every query is bound to the tenant and to
 * the customer of the session, so guessing another invoice number finds nothing.
 */
public class CustomerInvoiceService {
    private final Jdbi jdbi;
    private final InvoiceService invoices;

    public CustomerInvoiceService(Jdbi jdbi, InvoiceService invoices) {
        this.jdbi = jdbi;
        this.invoices = invoices;
    }

    /** One page of the user's invoices; a query with invalid values is a ValidationException. */
    public InvoicePage list(Tenant tenant, SignedIn user, InvoiceQuery query) {
        check(tenant, user);
        Checks checks = new Checks();
        if (query.size() < 1 || query.size() > InvoiceQuery.MAX_SIZE) {
            checks.add("size", MessageKey.SIZE_OUT_OF_RANGE, String.valueOf(InvoiceQuery.MAX_SIZE));
        }
        if (query.page() < 0 || query.page() > 1_000_000) {
            checks.add("page", MessageKey.PAGE_NEGATIVE);
        }
        if (query.dateFrom() != null && query.dateTo() != null && query.dateFrom().isAfter(query.dateTo())) {
            checks.add("dateFrom", MessageKey.DATE_FROM_AFTER_DATE_TO);
        }
        if (query.categoryPrefix() != null && query.categoryPrefix().length() > 100) {
            checks.add("category", MessageKey.FIELD_TOO_LONG, "100");
        }
        checks.throwIfAny();
        InvoiceQuery cleaned = new InvoiceQuery(query.read(), blankToNull(query.number()), query.dateFrom(),
                query.dateTo(), blankToNull(query.categoryPrefix()), query.sort(), query.ascending(), query.page(),
                query.size());
        return jdbi.withHandle(h -> InvoiceListDao.page(h, tenant.id(), user.customerId(), cleaned));
    }

    /** The user's invoice with this number, if it is theirs. */
    public Optional<Invoice> find(Tenant tenant, SignedIn user, String invoiceNumber) {
        check(tenant, user);
        return invoices.find(tenant, invoiceNumber).filter(i -> i.customerId() == user.customerId());
    }

    /** The user's invoice, or a NotFoundException (also for someone else's number). */
    public Invoice get(Tenant tenant, SignedIn user, String invoiceNumber) {
        return find(tenant, user, invoiceNumber).orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber));
    }

    /** At most this many invoices in one multiple download. */
    public static final int MAX_EXPORT = 500;

    /**
     * The user's invoices with these numbers, in the given order, for a multiple download; none,
     * too many, or a number that is not the user's is a ValidationException naming it.
     */
    public List<Invoice> getAll(Tenant tenant, SignedIn user, List<String> numbers) {
        check(tenant, user);
        Checks checks = new Checks();
        if (numbers == null || numbers.isEmpty()) {
            checks.add("invoiceNumbers", MessageKey.INVOICES_NONE_SELECTED).throwIfAny();
        }
        if (numbers.size() > MAX_EXPORT) {
            checks.add("invoiceNumbers", MessageKey.INVOICES_TOO_MANY, String.valueOf(MAX_EXPORT)).throwIfAny();
        }
        List<Invoice> found = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            if (number == null || !seen.add(number)) {
                continue;
            }
            Optional<Invoice> invoice = find(tenant, user, number);
            if (invoice.isEmpty()) {
                checks.add("invoiceNumbers[" + i + "]", MessageKey.INVOICE_NOT_YOURS);
            } else {
                found.add(invoice.get());
            }
        }
        checks.throwIfAny();
        return found;
    }

    /** Marks the user's invoices read (opening or downloading them); numbers not theirs are ignored. */
    public void markRead(Tenant tenant, SignedIn user, Collection<Invoice> opened) {
        markRead(tenant, user, opened, null, null, null);
    }

    /**
     * Marks the user's invoices read and, when {@code action} is given ({@code invoice.opened} or
     * {@code invoice.downloaded}), records one event per invoice with the format and origin in the
     * customer's activity trail, in the same transaction.
     */
    public void markRead(Tenant tenant, SignedIn user, Collection<Invoice> opened, String action, String format,
            Origin origin) {
        check(tenant, user);
        List<Invoice> mine = opened.stream().filter(i -> i.customerId() == user.customerId()).toList();
        if (mine.isEmpty()) {
            return;
        }
        List<Long> ids = mine.stream().map(Invoice::id).toList();
        jdbi.useTransaction(h -> {
            h.attach(InvoiceReadDao.class).markRead(tenant.id(), user.customerId(), ids);
            if (action != null) {
                h.attach(AuditDao.class).recordEach(tenant.id(), user.customerId(), Actions.customer(user.login()),
                        action, mine.stream().map(Invoice::invoiceNumber).toList(),
                        format == null ? null : Json.write(Map.of("format", format)),
                        origin == null ? Origin.UNKNOWN : origin);
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(Tenant tenant, SignedIn user) {
        if (tenant.id() != user.tenantId()) {
            throw new NotFoundException("No such invoice");
        }
    }
}
