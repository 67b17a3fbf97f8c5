package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An Idempotency-Key keeps the first response for at least 24 hours, and only for the same request. */
class IdempotencyKeyTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("idempotency");
    Jdbi jdbi;
    Tenant tenant;
    InvoiceService invoices;
    final AtomicInteger responses = new AtomicInteger();
    /** A response that differs each time it is made, so a replay shows whether it was stored. */
    final Function<InvoiceService.IssuerView, String> response =
            view -> view.invoice().invoiceNumber() + "#" + responses.incrementAndGet();

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        invoices = new InvoiceService(jdbi);
    }

    static InvoiceRequest invoice(String number, String price) {
        return new InvoiceRequest(number, "C-1", "2026-01-05", "2026-02-04", "Energie", "EUR", null, null,
                List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", price, "S", "21")), null, null);
    }

    void age(String key, int hours) {
        jdbi.useHandle(h -> h.createUpdate("update idempotency_key set created_at = now() - make_interval(hours => :h)"
                + " where key = :key").bind("h", hours).bind("key", key).execute());
    }

    int keys() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from idempotency_key").mapTo(Integer.class).one());
    }

    @Test
    void repeatGetsTheStoredFirstResponse() {
        InvoiceService.Published first = invoices.publish(tenant, invoice("A-1", "10.00"), "k1", "test", response);
        age("k1", 23);
        InvoiceService.Published again = invoices.publish(tenant, invoice("A-1", "10.00"), "k1", "test", response);
        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(first);
        assertThat(again.body()).isEqualTo("A-1#1");
    }

    @Test
    void sameKeyWithAnotherRequestIsInvalid() {
        invoices.publish(tenant, invoice("A-1", "10.00"), "k1", "test", response);
        assertThatThrownBy(() -> invoices.publish(tenant, invoice("A-1", "11.00"), "k1", "test", response))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(f -> f.field()).containsExactly("Idempotency-Key"));
    }

    @Test
    void keysOlderThanADayAreRemoved() {
        invoices.publish(tenant, invoice("A-1", "10.00"), "k1", "test", response);
        age("k1", 25);
        invoices.publish(tenant, invoice("A-2", "10.00"), "k2", "test", response);
        assertThat(keys()).isEqualTo(1);
        InvoiceService.Published late = invoices.publish(tenant, invoice("A-1", "10.00"), "k1", "test", response);
        assertThat(late.created()).as("published before, so not again").isFalse();
        assertThat(late.body()).isEqualTo("A-1#3");
    }
}
