package io.invoiceportal.core.outbox;

import io.invoiceportal.core.db.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Queues notifications inside the caller's transaction, so a notification exists exactly when
 * the change that causes it was committed.
 */
public final class Outbox {
    private Outbox() {}

    public static void enqueue(Handle handle, long tenantId, OutboxKind kind, long customerId, Long invoiceId,
            String channel) {
        enqueue(handle, tenantId, kind, customerId, invoiceId, channel, "{}");
    }

    /** With a JSON payload the relay needs (for example the addresses of an e-mail change). */
    public static void enqueue(Handle handle, long tenantId, OutboxKind kind, long customerId, Long invoiceId,
            String channel, String payloadJson) {
        String messageId = "<" + UUID.randomUUID() + "@invoice-portal>";
        handle.attach(OutboxDao.class).enqueue(tenantId, kind, customerId, invoiceId, channel, payloadJson, messageId);
    }

    /** One notification of {@code kind} per invoice, in one multi-row statement; the lists are parallel. */
    public static void enqueueAll(Handle handle, long tenantId, OutboxKind kind, List<Long> customerIds,
            List<Long> invoiceIds, List<String> channels) {
        List<OutboxDao.Row> rows = new ArrayList<>(invoiceIds.size());
        for (int i = 0; i < invoiceIds.size(); i++) {
            rows.add(new OutboxDao.Row(customerIds.get(i), invoiceIds.get(i), channels.get(i),
                    "<" + UUID.randomUUID() + "@invoice-portal>"));
        }
        OutboxDao dao = handle.attach(OutboxDao.class);
        for (List<OutboxDao.Row> slice : Rows.slices(rows, OutboxDao.Row.COLUMNS)) {
            dao.enqueueAll(tenantId, kind, "{}", slice);
        }
    }
}
