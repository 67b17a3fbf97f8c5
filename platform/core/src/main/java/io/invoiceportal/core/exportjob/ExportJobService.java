package io.invoiceportal.core.exportjob;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.tenant.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * A signed-in customer's bulk export jobs: making one (checked at once: formats, filter or numbers,
 * the customer's limit), its progress, the recent ones and the finished ZIP. Every query is bound
 * to the tenant and to the customer of the session: another customer's job id finds nothing.
 *
 * <p>A job snapshots its selection when it is made (one row per invoice, written by a single
 * INSERT … SELECT), so the ZIP holds exactly what matched then, however long it waits in the queue
 * and even when a node takes it over. The workers ({@link ExportJobWorker}) do the rendering.
 */
public class ExportJobService {
    /** At most this many invoice numbers in one job by numbers. */
    public static final int MAX_NUMBERS = 10_000;
    /** How many of the customer's jobs the list shows. */
    public static final int RECENT = 20;

    private final Jdbi jdbi;
    private final ExportService exports;
    private final ExportJobSettings settings;
    private final Clock clock;
    private volatile Runnable onQueued = () -> {};

    public ExportJobService(Jdbi jdbi, ExportService exports, ExportJobSettings settings, Clock clock) {
        this.jdbi = jdbi;
        this.exports = exports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Called after a job is queued (the local workers look at once instead of at their next poll). */
    public void onQueued(Runnable listener) {
        this.onQueued = listener;
    }

    /** The most invoices in one job. */
    public int maxInvoices() {
        return settings.maxInvoices();
    }

    /**
     * Queues a job; invalid input is a ValidationException naming each field (an unknown format,
     * a filter or numbers that select nothing, both or neither given); a customer with as many
     * active jobs as allowed gets {@link ExportJobRefused.Reason#TOO_MANY}.
     */
    public ExportJob create(Tenant tenant, SignedIn user, ExportRequest request) {
        return create(tenant, user, request, Origin.UNKNOWN);
    }

    /** {@link #create(Tenant, SignedIn, ExportRequest)} from {@code origin}: recorded as {@code export-job.created}. */
    public ExportJob create(Tenant tenant, SignedIn user, ExportRequest request, Origin origin) {
        check(tenant, user);
        Checks checks = new Checks();
        List<String> formats = formats(tenant, request.formats(), checks);
        SelectionSql.Filter filter = null;
        List<String> numbers = null;
        if (request.filter() != null && request.invoiceNumbers() != null) {
            checks.add("invoiceNumbers", MessageKey.EXPORT_SELECTION_BOTH);
        } else if (request.invoiceNumbers() != null) {
            numbers = numbers(request.invoiceNumbers(), checks);
        } else if (request.filter() != null) {
            filter = filter(request.filter(), checks);
        } else {
            checks.add("filter", MessageKey.FIELD_REQUIRED);
        }
        checks.throwIfAny();
        String selection = Json.write(selection(request, numbers));
        SelectionSql.Filter byFilter = filter;
        List<String> byNumbers = numbers;
        ExportJob job = jdbi.inTransaction(h -> {
            ExportJobDao dao = h.attach(ExportJobDao.class);
            // one customer's jobs are made one at a time, so two requests at once cannot both pass the limit
            h.createQuery("select id from customer where tenant_id = :t and id = :c for update")
                    .bind("t", tenant.id()).bind("c", user.customerId()).mapTo(Long.class).one();
            if (dao.countActive(tenant.id(), user.customerId()) >= settings.maxActivePerCustomer()) {
                throw new ExportJobRefused(ExportJobRefused.Reason.TOO_MANY, "You have "
                        + settings.maxActivePerCustomer() + " exports queued or running; wait until one is done");
            }
            long id = dao.insert(tenant.id(), user.customerId(), user.accountId(), String.join(",", formats),
                    user.language(), selection, clock.instant());
            int total;
            if (byNumbers != null) {
                notYours(SelectionSql.owned(h, tenant.id(), user.customerId(), byNumbers), request.invoiceNumbers());
                total = SelectionSql.byNumbers(h, tenant.id(), user.customerId(), id, byNumbers);
            } else {
                total = SelectionSql.byFilter(h, tenant.id(), user.customerId(), id, byFilter, settings.maxInvoices() + 1);
                if (total == 0) {
                    throw ValidationException.of("filter", MessageKey.EXPORT_NONE_MATCH);
                }
                if (total > settings.maxInvoices()) {
                    throw new ValidationException(List.of(new FieldError("filter", MessageKey.EXPORT_TOO_MANY_MATCH,
                            String.valueOf(settings.maxInvoices()))));
                }
            }
            dao.setTotal(tenant.id(), id, total);
            h.attach(AuditDao.class).record(tenant.id(), user.customerId(), Actions.customer(user.login()),
                    Actions.EXPORT_JOB_CREATED, String.valueOf(id),
                    Json.write(Map.of("formats", formats, "invoices", total)), origin);
            return dao.findById(tenant.id(), id).orElseThrow();
        });
        onQueued.run();
        return job;
    }

    /** The user's job, or a NotFoundException (also for another customer's or tenant's id). */
    public ExportJob get(Tenant tenant, SignedIn user, long id) {
        check(tenant, user);
        return jdbi.withExtension(ExportJobDao.class, dao -> dao.find(tenant.id(), user.customerId(), id))
                .orElseThrow(() -> new NotFoundException("No export job " + id));
    }

    /** The user's {@value #RECENT} newest jobs, newest first. */
    public List<ExportJob> recent(Tenant tenant, SignedIn user) {
        check(tenant, user);
        return jdbi.withExtension(ExportJobDao.class, dao -> dao.recent(tenant.id(), user.customerId(), RECENT));
    }

    /** A finished job's ZIP on disk and the name it is saved as. */
    public record Download(Path file, String name, long bytes) {}

    /**
     * The ZIP of a done job; before it is done (or when it failed) {@link ExportJobRefused.Reason#NOT_READY},
     * after its download period {@link ExportJobRefused.Reason#GONE}.
     */
    public Download download(Tenant tenant, SignedIn user, long id) {
        return download(tenant, user, id, Origin.UNKNOWN);
    }

    /**
     * {@link #download(Tenant, SignedIn, long)} from {@code origin}: a download handed out is
     * recorded as {@code export-job.downloaded}.
     */
    public Download download(Tenant tenant, SignedIn user, long id, Origin origin) {
        ExportJob job = get(tenant, user, id);
        if (job.state() == ExportJobState.EXPIRED
                || job.state() == ExportJobState.DONE && !clock.instant().isBefore(job.expiresAt())) {
            throw new ExportJobRefused(ExportJobRefused.Reason.GONE,
                    "This export could be downloaded until " + job.expiresAt() + "; make a new one");
        }
        if (job.state() != ExportJobState.DONE) {
            throw new ExportJobRefused(ExportJobRefused.Reason.NOT_READY,
                    "This export is " + job.state().dbValue() + ", not done: download it when it is done");
        }
        Path file = ExportJobFiles.zip(settings.directory(), job);
        if (!Files.isRegularFile(file)) {
            throw new ExportJobRefused(ExportJobRefused.Reason.GONE, "The file of this export is no longer there");
        }
        jdbi.useExtension(AuditDao.class, dao -> dao.record(tenant.id(), user.customerId(), Actions.customer(user.login()),
                Actions.EXPORT_JOB_DOWNLOADED, String.valueOf(id), null, origin));
        return new Download(file, exports.archiveName(tenant, java.util.Locale.forLanguageTag(user.language())),
                job.fileBytes() == null ? -1 : job.fileBytes());
    }

    /** The ids of the formats asked for, in the tenant's order; "all" is every format it offers. */
    private List<String> formats(Tenant tenant, List<String> asked, Checks checks) {
        List<String> offered = exports.bundleFormats(tenant);
        if (asked == null || asked.isEmpty() || asked.stream().allMatch(f -> f == null || f.isBlank())) {
            checks.add("format", MessageKey.FIELD_REQUIRED);
            return List.of();
        }
        if (asked.size() == 1 && "all".equalsIgnoreCase(asked.get(0).strip())) {
            if (offered.isEmpty()) {
                checks.add("format", MessageKey.FORMAT_NOT_OFFERED);
            }
            return offered;
        }
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String format = asked.get(i) == null ? "" : asked.get(i).strip();
            if (!offered.contains(format)) {
                checks.add(asked.size() == 1 ? "format" : "format[" + i + "]", MessageKey.FORMAT_NOT_OFFERED);
            }
            wanted.add(format);
        }
        return offered.stream().filter(wanted::contains).toList();
    }

    private static List<String> numbers(List<String> asked, Checks checks) {
        if (asked.isEmpty()) {
            checks.add("invoiceNumbers", MessageKey.INVOICES_NONE_SELECTED);
            return List.of();
        }
        if (asked.size() > MAX_NUMBERS) {
            checks.add("invoiceNumbers", MessageKey.INVOICES_TOO_MANY, String.valueOf(MAX_NUMBERS));
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String number = asked.get(i);
            if (number == null || number.isBlank()) {
                checks.add("invoiceNumbers[" + i + "]", MessageKey.FIELD_REQUIRED);
            } else {
                distinct.add(number.strip());
            }
        }
        return new ArrayList<>(distinct);
    }

    /** A ValidationException naming each number that is not one of the customer's invoices. */
    private static void notYours(List<String> owned, List<String> asked) {
        Set<String> theirs = new HashSet<>(owned);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (!theirs.contains(asked.get(i).strip())) {
                errors.add(new FieldError("invoiceNumbers[" + i + "]", MessageKey.INVOICE_NOT_YOURS));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static SelectionSql.Filter filter(ExportRequest.Filter f, Checks checks) {
        Boolean read = null;
        if (f.read() != null && !f.read().isBlank()) {
            if (f.read().equalsIgnoreCase("true") || f.read().equalsIgnoreCase("false")) {
                read = Boolean.parseBoolean(f.read());
            } else {
                checks.add("filter.read", MessageKey.READ_FILTER_INVALID);
            }
        }
        LocalDate from = checks.date("filter.dateFrom", f.dateFrom(), false);
        LocalDate to = checks.date("filter.dateTo", f.dateTo(), false);
        if (from != null && to != null && from.isAfter(to)) {
            checks.add("filter.dateFrom", MessageKey.DATE_FROM_AFTER_DATE_TO);
        }
        String number = checks.optional("filter.number", f.number(), 100);
        String category = checks.optional("filter.category", f.category(), 100);
        return new SelectionSql.Filter(read, number, from, to, category);
    }

    /** What was asked for, kept with the job (the list shows it). */
    private static Map<String, Object> selection(ExportRequest request, List<String> numbers) {
        Map<String, Object> selection = new LinkedHashMap<>();
        if (numbers != null) {
            selection.put("invoiceNumbers", numbers.size());
        } else {
            ExportRequest.Filter f = request.filter();
            Map<String, String> filter = new LinkedHashMap<>();
            put(filter, "read", f.read());
            put(filter, "number", f.number());
            put(filter, "dateFrom", f.dateFrom());
            put(filter, "dateTo", f.dateTo());
            put(filter, "category", f.category());
            selection.put("filter", filter);
        }
        return selection;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static void check(Tenant tenant, SignedIn user) {
        if (tenant.id() != user.tenantId()) {
            throw new NotFoundException("No such export job");
        }
    }
}
