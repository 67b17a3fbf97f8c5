package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for invoices, their lines and original PDFs; every statement binds the tenant. */
@RegisterConstructorMapper(InvoiceDao.Row.class)
@RegisterConstructorMapper(Invoice.Line.class)
public interface InvoiceDao {

    /** The invoice columns, without lines. */
    record Row(long id, long customerId, String customerNumber, String invoiceNumber, LocalDate issueDate,
            LocalDate dueDate, String category, String description, String currency, String buyerReference,
            String paymentMeansCode, String paymentIban, String paymentReference, BigDecimal lineTotal,
            BigDecimal taxExclusive, BigDecimal taxTotal, BigDecimal taxInclusive, BigDecimal payable,
            byte[] contentHash, boolean hasOriginalPdf, Instant createdAt) {}

    String SELECT = "select i.id, i.customer_id, c.customer_number, i.invoice_number, i.issue_date, i.due_date,"
            + " i.category, i.description, i.currency, i.buyer_reference, i.payment_means_code, i.payment_iban,"
            + " i.payment_reference, i.line_total, i.tax_exclusive, i.tax_total, i.tax_inclusive, i.payable,"
            + " i.content_hash,"
            + " exists (select 1 from invoice_pdf p where p.tenant_id = i.tenant_id and p.invoice_id = i.id) as has_original_pdf,"
            + " i.created_at"
            + " from invoice i join customer c on c.tenant_id = i.tenant_id and c.id = i.customer_id";

    @SqlQuery(SELECT + " where i.tenant_id = :tenantId and i.invoice_number = :number")
    Optional<Row> find(@Bind("tenantId") long tenantId, @Bind("number") String invoiceNumber);

    @SqlQuery(SELECT + " where i.tenant_id = :tenantId and i.id = :id")
    Optional<Row> findById(@Bind("tenantId") long tenantId, @Bind("id") long id);

    @SqlQuery("select line_id as id, name, quantity, unit_code, unit_price, vat_category, vat_rate, line_amount"
            + " from invoice_line where tenant_id = :tenantId and invoice_id = :invoiceId order by position")
    List<Invoice.Line> lines(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select content from invoice_pdf where tenant_id = :tenantId and invoice_id = :invoiceId")
    Optional<byte[]> originalPdf(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlUpdate("insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,"
            + " description, currency, buyer_reference, payment_means_code, payment_iban, payment_reference,"
            + " line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)"
            + " values (:tenantId, :customerId, :i.invoiceNumber, :i.issueDate, :i.dueDate, :i.category,"
            + " :i.description, :i.currency, :i.buyerReference, :i.paymentMeansCode, :i.paymentIban,"
            + " :i.paymentReference, :a.lineTotal, :a.taxExclusive, :a.taxTotal, :a.taxInclusive, :a.payable, :hash)"
            + " on conflict (tenant_id, invoice_number) do nothing")
    @GetGeneratedKeys("id")
    Optional<Long> insert(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId,
            @BindMethods("i") Invoice invoice, @BindMethods("a") Invoice.Amounts amounts, @Bind("hash") byte[] hash);

    @SqlBatch("insert into invoice_line (tenant_id, invoice_id, position, line_id, name, quantity, unit_code,"
            + " unit_price, vat_category, vat_rate, line_amount) values (:tenantId, :invoiceId, :position, :l.id,"
            + " :l.name, :l.quantity, :l.unitCode, :l.unitPrice, :l.vatCategory, :l.vatRate, :l.lineAmount)")
    void insertLines(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId,
            @Bind("position") List<Integer> positions, @BindMethods("l") List<Invoice.Line> lines);

    @SqlUpdate("insert into invoice_pdf (tenant_id, invoice_id, content) values (:tenantId, :invoiceId, :content)")
    void insertPdf(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId, @Bind("content") byte[] content);

    @SqlQuery("select read from invoice where tenant_id = :tenantId and id = :invoiceId")
    boolean readByCustomer(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);
}
