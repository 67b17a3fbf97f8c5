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

/** SQL for invoices, their lines, allowances, charges, exemptions and original PDFs; every statement binds the tenant. */
@RegisterConstructorMapper(InvoiceDao.Row.class)
@RegisterConstructorMapper(InvoiceDao.LineRow.class)
@RegisterConstructorMapper(InvoiceDao.AdjustmentRow.class)
@RegisterConstructorMapper(Invoice.VatExemption.class)
public interface InvoiceDao {

    /** The invoice columns, without lines. */
    record Row(long id, long customerId, String customerNumber, String invoiceNumber, LocalDate issueDate,
            LocalDate dueDate, String category, String description, String currency, String buyerReference,
            String paymentMeansCode, String paymentIban, String paymentReference, BigDecimal lineTotal,
            BigDecimal allowanceTotal, BigDecimal chargeTotal, BigDecimal taxExclusive, BigDecimal taxTotal,
            BigDecimal taxInclusive, BigDecimal prepaidAmount, BigDecimal payable, byte[] contentHash,
            boolean hasOriginalPdf, Instant createdAt, DocumentType documentType, String precedingNumber,
            LocalDate precedingIssueDate, String orderReference, String contractReference, String paymentTerms,
            LocalDate deliveryDate, String note) {}

    /** An invoice line's columns. */
    record LineRow(String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            String vatCategory, BigDecimal vatRate, BigDecimal lineAmount, String note, String sellerItemId,
            String standardItemScheme, String standardItemId, LocalDate periodStart, LocalDate periodEnd) {

        Invoice.Line line() {
            return new Invoice.Line(id, name, quantity, unitCode, unitPrice, vatCategory, vatRate, lineAmount, note,
                    sellerItemId, standardItemId == null ? null : new Invoice.ItemId(standardItemScheme, standardItemId),
                    periodStart, periodEnd);
        }
    }

    /** An allowance ({@code charge} false) or charge. */
    record AdjustmentRow(boolean charge, BigDecimal amount, String reason, String reasonCode, String vatCategory,
            BigDecimal vatRate) {

        Invoice.AllowanceCharge adjustment() {
            return new Invoice.AllowanceCharge(amount, reason, reasonCode, vatCategory, vatRate);
        }
    }

    String SELECT = "select i.id, i.customer_id, c.customer_number, i.invoice_number, i.issue_date, i.due_date,"
            + " i.category, i.description, i.currency, i.buyer_reference, i.payment_means_code, i.payment_iban,"
            + " i.payment_reference, i.line_total, i.allowance_total, i.charge_total, i.tax_exclusive, i.tax_total,"
            + " i.tax_inclusive, i.prepaid_amount, i.payable, i.content_hash,"
            + " exists (select 1 from invoice_pdf p where p.tenant_id = i.tenant_id and p.invoice_id = i.id) as has_original_pdf,"
            + " i.created_at, i.document_type, i.preceding_number, i.preceding_issue_date, i.order_reference,"
            + " i.contract_reference, i.payment_terms, i.delivery_date, i.note"
            + " from invoice i join customer c on c.tenant_id = i.tenant_id and c.id = i.customer_id";

    /** One invoice row, bound from an {@link Invoice} ({@code i}) and its {@link Invoice.Amounts} ({@code a}). */
    String INSERT = "insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,"
            + " description, currency, buyer_reference, payment_means_code, payment_iban, payment_reference,"
            + " line_total, allowance_total, charge_total, tax_exclusive, tax_total, tax_inclusive, prepaid_amount,"
            + " payable, content_hash, document_type, preceding_number, preceding_issue_date, order_reference,"
            + " contract_reference, payment_terms, delivery_date, note)"
            + " values (:tenantId, :customerId, :i.invoiceNumber, :i.issueDate, :i.dueDate, :i.category,"
            + " :i.description, :i.currency, :i.buyerReference, :i.paymentMeansCode, :i.paymentIban,"
            + " :i.paymentReference, :a.lineTotal, :a.allowanceTotal, :a.chargeTotal, :a.taxExclusive, :a.taxTotal,"
            + " :a.taxInclusive, :a.prepaidAmount, :a.payable, :hash, :i.documentType, :precedingNumber,"
            + " :precedingIssueDate, :i.orderReference, :i.contractReference, :i.paymentTerms, :i.deliveryDate,"
            + " :i.note)";

    /** One invoice line; {@code itemScheme} and {@code itemId} are its standard item id's parts. */
    String INSERT_LINE = "insert into invoice_line (tenant_id, invoice_id, position, line_id, name, quantity, unit_code,"
            + " unit_price, vat_category, vat_rate, line_amount, note, seller_item_id, standard_item_scheme,"
            + " standard_item_id, period_start, period_end) values (:tenantId, :invoiceId, :position, :l.id,"
            + " :l.name, :l.quantity, :l.unitCode, :l.unitPrice, :l.vatCategory, :l.vatRate, :l.lineAmount,"
            + " :l.note, :l.sellerItemId, :itemScheme, :itemId, :l.periodStart, :l.periodEnd)";

    /** One allowance ({@code charge} false) or charge. */
    String INSERT_ADJUSTMENT = "insert into invoice_allowance_charge (tenant_id, invoice_id, charge, position, amount, reason,"
            + " reason_code, vat_category, vat_rate) values (:tenantId, :invoiceId, :charge, :position, :a.amount,"
            + " :a.reason, :a.reasonCode, :a.vatCategory, :a.vatRate)";

    /** One VAT exemption reason. */
    String INSERT_EXEMPTION = "insert into invoice_vat_exemption (tenant_id, invoice_id, vat_category, reason, reason_code)"
            + " values (:tenantId, :invoiceId, :e.vatCategory, :e.reason, :e.reasonCode)";

    @SqlQuery(SELECT + " where i.tenant_id = :tenantId and i.invoice_number = :number")
    Optional<Row> find(@Bind("tenantId") long tenantId, @Bind("number") String invoiceNumber);

    @SqlQuery(SELECT + " where i.tenant_id = :tenantId and i.id = :id")
    Optional<Row> findById(@Bind("tenantId") long tenantId, @Bind("id") long id);

    @SqlQuery("select line_id as id, name, quantity, unit_code, unit_price, vat_category, vat_rate, line_amount,"
            + " note, seller_item_id, standard_item_scheme, standard_item_id, period_start, period_end"
            + " from invoice_line where tenant_id = :tenantId and invoice_id = :invoiceId order by position")
    List<LineRow> lines(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select charge, amount, reason, reason_code, vat_category, vat_rate from invoice_allowance_charge"
            + " where tenant_id = :tenantId and invoice_id = :invoiceId order by charge, position")
    List<AdjustmentRow> adjustments(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select vat_category, reason, reason_code from invoice_vat_exemption"
            + " where tenant_id = :tenantId and invoice_id = :invoiceId order by vat_category")
    List<Invoice.VatExemption> exemptions(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select content from invoice_pdf where tenant_id = :tenantId and invoice_id = :invoiceId")
    Optional<byte[]> originalPdf(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    /** A new invoice's id and creation time. */
    record Inserted(long id, Instant createdAt) {}

    @SqlUpdate(INSERT + " on conflict (tenant_id, invoice_number) do nothing")
    @GetGeneratedKeys({"id", "created_at"})
    @RegisterConstructorMapper(Inserted.class)
    Optional<Inserted> insert(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId,
            @BindMethods("i") Invoice invoice, @BindMethods("a") Invoice.Amounts amounts, @Bind("hash") byte[] hash,
            @Bind("precedingNumber") String precedingNumber, @Bind("precedingIssueDate") LocalDate precedingIssueDate);

    @SqlBatch(INSERT_LINE)
    void insertLines(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId,
            @Bind("position") List<Integer> positions, @BindMethods("l") List<Invoice.Line> lines,
            @Bind("itemScheme") List<String> itemSchemes, @Bind("itemId") List<String> itemIds);

    @SqlBatch(INSERT_ADJUSTMENT)
    void insertAdjustments(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId,
            @Bind("charge") boolean charge, @Bind("position") List<Integer> positions,
            @BindMethods("a") List<Invoice.AllowanceCharge> adjustments);

    @SqlBatch(INSERT_EXEMPTION)
    void insertExemptions(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId,
            @BindMethods("e") List<Invoice.VatExemption> exemptions);

    @SqlUpdate("insert into invoice_pdf (tenant_id, invoice_id, content) values (:tenantId, :invoiceId, :content)")
    void insertPdf(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId, @Bind("content") byte[] content);

    @SqlQuery("select read from invoice where tenant_id = :tenantId and id = :invoiceId")
    boolean readByCustomer(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);
}
