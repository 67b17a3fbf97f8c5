package io.invoiceportal.core.invoice;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * SQL for publishing many invoices at once: one statement per table for a whole chunk, sent as a
 * JDBC batch (one round trip). The list parameters are parallel, one entry per row; every
 * statement binds the tenant.
 */
@RegisterConstructorMapper(InvoiceBatchDao.Stored.class)
public interface InvoiceBatchDao {

    /** An invoice as stored: its id, number and content hash. */
    record Stored(long id, String invoiceNumber, byte[] contentHash) {}

    @SqlQuery("select id, invoice_number, content_hash from invoice"
            + " where tenant_id = :tenantId and invoice_number = any(:numbers)")
    List<Stored> find(@Bind("tenantId") long tenantId, @Bind("numbers") String[] invoiceNumbers);

    /** Inserts the invoices whose number is new; answers those it inserted (with the content hash bound). */
    @SqlBatch(InvoiceDao.INSERT + " on conflict (tenant_id, invoice_number) do nothing")
    @GetGeneratedKeys({"id", "invoice_number", "content_hash"})
    List<Stored> insert(@Bind("tenantId") long tenantId, @Bind("customerId") List<Long> customerIds,
            @BindMethods("i") List<Invoice> invoices, @BindMethods("a") List<Invoice.Amounts> amounts,
            @Bind("hash") List<byte[]> hashes, @Bind("precedingNumber") List<String> precedingNumbers,
            @Bind("precedingIssueDate") List<LocalDate> precedingIssueDates);

    @SqlBatch(InvoiceDao.INSERT_LINE)
    void insertLines(@Bind("tenantId") long tenantId, @Bind("invoiceId") List<Long> invoiceIds,
            @Bind("position") List<Integer> positions, @BindMethods("l") List<Invoice.Line> lines,
            @Bind("itemScheme") List<String> itemSchemes, @Bind("itemId") List<String> itemIds);

    @SqlBatch(InvoiceDao.INSERT_ADJUSTMENT)
    void insertAdjustments(@Bind("tenantId") long tenantId, @Bind("invoiceId") List<Long> invoiceIds,
            @Bind("charge") List<Boolean> charges, @Bind("position") List<Integer> positions,
            @BindMethods("a") List<Invoice.AllowanceCharge> adjustments);

    @SqlBatch(InvoiceDao.INSERT_EXEMPTION)
    void insertExemptions(@Bind("tenantId") long tenantId, @Bind("invoiceId") List<Long> invoiceIds,
            @BindMethods("e") List<Invoice.VatExemption> exemptions);
}
