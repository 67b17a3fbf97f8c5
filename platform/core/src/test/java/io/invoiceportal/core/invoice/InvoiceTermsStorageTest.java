package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static io.invoiceportal.core.testing.TermsFixtures.creditNote;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.invoice.InvoiceRequest.LineInput;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-invoicing terms are stored with the invoice, read back unchanged, and part of its content hash. */
class InvoiceTermsStorageTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("terms");
    Jdbi jdbi;
    Tenant tenant;
    Tenant other;
    InvoiceService invoices;

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        other = Fixtures.tenant(jdbi, "northwind", "en");
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        Fixtures.customer(jdbi, other, "C-1", "dublin", "admin@dublin.example");
        invoices = new InvoiceService(jdbi);
    }

    /** What is read back equals what publishing computed, every term included. */
    @Test
    void readBackUnchanged() {
        Invoice computed = InvoiceDrafts.compute(creditNote("CN-1", "10.00"));
        invoices.publishAll(tenant, List.of(creditNote("CN-1", "10.00")), "test");
        Invoice stored = invoices.get(tenant, "CN-1");
        assertThat(stored).usingRecursiveComparison()
                .ignoringFields("id", "customerId", "createdAt")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(computed);
        assertThat(stored.amounts().vatBreakdown().get(0).exemptionReason()).isEqualTo("Vrijgestelde verhuur");
    }

    /** The same number with the same terms is a repeat; with another charge amount it is a conflict. */
    @Test
    void termsArePartOfTheContentHash() {
        assertThat(invoices.publishAll(tenant, List.of(creditNote("CN-1", "10.00")), "test")).isEqualTo(1);
        assertThat(invoices.publishAll(tenant, List.of(creditNote("CN-1", "10")), "test")).isZero();
        assertThatThrownBy(() -> invoices.publishAll(tenant, List.of(creditNote("CN-1", "11.00")), "test"))
                .isInstanceOf(ConflictException.class);
    }

    /** Another tenant's invoice with the same number has its own allowances, charges and exemptions. */
    @Test
    void termsStayWithTheirTenant() {
        invoices.publishAll(tenant, List.of(creditNote("CN-1", "10.00")), "test");
        invoices.publishAll(other, List.of(new InvoiceRequest("CN-1", "C-1", "2026-11-01", "2026-12-01", null, "EUR", null,
                null, List.of(new LineInput("1", "Rent", "1", "C62", "10.00", "S", "23")), null, null)), "test");
        Invoice theirs = invoices.get(other, "CN-1");
        assertThat(theirs.allowances()).isEmpty();
        assertThat(theirs.charges()).isEmpty();
        assertThat(theirs.vatExemptions()).isEmpty();
        assertThat(theirs.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(invoices.get(tenant, "CN-1").charges()).hasSize(1);
    }
}
