package io.invoiceportal.core.invoice;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the documents invoices were imported from; every statement binds the tenant. */
public interface InvoiceSourceDao {
    @SqlUpdate("insert into invoice_source (tenant_id, invoice_id, media_type, content)"
            + " values (:tenantId, :invoiceId, :s.mediaType, :s.content)")
    void insert(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId,
            @BindMethods("s") SourceDocument source);

    @SqlQuery("select media_type from invoice_source where tenant_id = :tenantId and invoice_id = :invoiceId")
    Optional<String> mediaType(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select content from invoice_source where tenant_id = :tenantId and invoice_id = :invoiceId")
    Optional<byte[]> content(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);
}
