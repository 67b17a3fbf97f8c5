package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for publishing many invoices at once: one multi-row statement per table for a whole chunk
 * (one round trip, and the per-statement triggers such as the customer counts fire once), instead
 * of one single-row statement per row. Each row record holds its tenant; the caller keeps a
 * statement's parameters under PostgreSQL's limit ({@link io.invoiceportal.core.db.Rows#slices}).
 */
@RegisterConstructorMapper(InvoiceBatchDao.Stored.class)
public interface InvoiceBatchDao {

    /** An invoice as stored: its id, number and content hash. */
    record Stored(long id, String invoiceNumber, byte[] contentHash) {}

    /** One row of {@code invoice}, in the column order of {@link #insert}. */
    record InvoiceRow(long tenantId, long customerId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
            String category, String description, String currency, String buyerReference, String paymentMeansCode,
            String paymentIban, String paymentReference, BigDecimal lineTotal, BigDecimal allowanceTotal,
            BigDecimal chargeTotal, BigDecimal taxExclusive, BigDecimal taxTotal, BigDecimal taxInclusive,
            BigDecimal prepaidAmount, BigDecimal payable, byte[] contentHash, DocumentType documentType,
            String precedingNumber, LocalDate precedingIssueDate, String orderReference, String contractReference,
            String paymentTerms, LocalDate deliveryDate, String note) {
        static final int COLUMNS = 29;
    }

    /** One row of {@code invoice_line}. */
    record LineRow(long tenantId, long invoiceId, int position, String lineId, String name, BigDecimal quantity,
            String unitCode, BigDecimal unitPrice, String vatCategory, BigDecimal vatRate, BigDecimal lineAmount,
            String note, String sellerItemId, String standardItemScheme, String standardItemId, LocalDate periodStart,
            LocalDate periodEnd) {
        static final int COLUMNS = 17;
    }

    /** One row of {@code invoice_allowance_charge}. */
    record AdjustmentRow(long tenantId, long invoiceId, boolean charge, int position, BigDecimal amount,
            String reason, String reasonCode, String vatCategory, BigDecimal vatRate) {
        static final int COLUMNS = 9;
    }

    /** One row of {@code invoice_vat_exemption}. */
    record ExemptionRow(long tenantId, long invoiceId, String vatCategory, String reason, String reasonCode) {
        static final int COLUMNS = 5;
    }

    /** One row of {@code invoice_pdf}. */
    record PdfRow(long tenantId, long invoiceId, byte[] content) {
        static final int COLUMNS = 3;
    }

    @SqlQuery("select id, invoice_number, content_hash from invoice"
            + " where tenant_id = :tenantId and invoice_number = any(:numbers)")
    List<Stored> find(@Bind("tenantId") long tenantId, @Bind("numbers") String[] invoiceNumbers);

    /** Inserts the invoices whose number is new; answers those it inserted. */
    @SqlUpdate("insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,"
            + " description, currency, buyer_reference, payment_means_code, payment_iban, payment_reference,"
            + " line_total, allowance_total, charge_total, tax_exclusive, tax_total, tax_inclusive, prepaid_amount,"
            + " payable, content_hash, document_type, preceding_number, preceding_issue_date, order_reference,"
            + " contract_reference, payment_terms, delivery_date, note) values <rows>"
            + " on conflict (tenant_id, invoice_number) do nothing")
    @GetGeneratedKeys({"id", "invoice_number", "content_hash"})
    List<Stored> insert(@BindMethodsList(value = "rows", methodNames = {"tenantId", "customerId", "invoiceNumber",
            "issueDate", "dueDate", "category", "description", "currency", "buyerReference", "paymentMeansCode",
            "paymentIban", "paymentReference", "lineTotal", "allowanceTotal", "chargeTotal", "taxExclusive",
            "taxTotal", "taxInclusive", "prepaidAmount", "payable", "contentHash", "documentType",
            "precedingNumber", "precedingIssueDate", "orderReference", "contractReference", "paymentTerms",
            "deliveryDate", "note"}) List<InvoiceRow> rows);

    /**
     * The lines of a chunk in one statement with one array per column (parallel arrays, numbers and
     * dates as text): PostgreSQL prepares and runs this several times faster than a multi-row
     * {@code VALUES} with one parameter per value.
     */
    @SqlUpdate("insert into invoice_line (tenant_id, invoice_id, position, line_id, name, quantity, unit_code,"
            + " unit_price, vat_category, vat_rate, line_amount, note, seller_item_id, standard_item_scheme,"
            + " standard_item_id, period_start, period_end)"
            + " select :tenantId, * from unnest(:invoiceId, :position, :lineId, :name, cast(:quantity as numeric[]),"
            + " :unitCode, cast(:unitPrice as numeric[]), :vatCategory, cast(:vatRate as numeric[]),"
            + " cast(:lineAmount as numeric[]), :note, :sellerItemId, :itemScheme, :itemId,"
            + " cast(:periodStart as date[]), cast(:periodEnd as date[]))")
    void insertLines(@Bind("tenantId") long tenantId, @Bind("invoiceId") Long[] invoiceIds,
            @Bind("position") Integer[] positions, @Bind("lineId") String[] lineIds, @Bind("name") String[] names,
            @Bind("quantity") String[] quantities, @Bind("unitCode") String[] unitCodes,
            @Bind("unitPrice") String[] unitPrices, @Bind("vatCategory") String[] vatCategories,
            @Bind("vatRate") String[] vatRates, @Bind("lineAmount") String[] lineAmounts, @Bind("note") String[] notes,
            @Bind("sellerItemId") String[] sellerItemIds, @Bind("itemScheme") String[] itemSchemes,
            @Bind("itemId") String[] itemIds, @Bind("periodStart") String[] periodStarts,
            @Bind("periodEnd") String[] periodEnds);

    @SqlUpdate("insert into invoice_allowance_charge (tenant_id, invoice_id, charge, position, amount, reason,"
            + " reason_code, vat_category, vat_rate) values <rows>")
    void insertAdjustments(@BindMethodsList(value = "rows", methodNames = {"tenantId", "invoiceId", "charge",
            "position", "amount", "reason", "reasonCode", "vatCategory", "vatRate"}) List<AdjustmentRow> rows);

    @SqlUpdate("insert into invoice_vat_exemption (tenant_id, invoice_id, vat_category, reason, reason_code)"
            + " values <rows>")
    void insertExemptions(@BindMethodsList(value = "rows", methodNames = {"tenantId", "invoiceId", "vatCategory",
            "reason", "reasonCode"}) List<ExemptionRow> rows);

    @SqlUpdate("insert into invoice_pdf (tenant_id, invoice_id, content) values <rows>")
    void insertPdfs(@BindMethodsList(value = "rows", methodNames = {"tenantId", "invoiceId", "content"})
            List<PdfRow> rows);
}
