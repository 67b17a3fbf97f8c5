package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.invoiceportal.ui.invoices.InvoicesViewTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.invoiceportal.core.invoice.DocumentType;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Facturenscherm marks a credit note with a text badge in the reader's language; invoices carry none. */
class CreditNoteRowTest extends PortalUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A credit note's row shows "Creditnota" after its number, the invoice it corrects shows no badge. */
    @Test
    void marksTheCreditNoteInDutch() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        publishInvoiceAndCreditNote(tenant, "C-1");
        signIn(tenant, "korenschoof", "Factuur2026");

        assertThat(grid().getGenericDataView().getItems().map(InvoiceSummary::documentType).toList())
                .containsExactly(DocumentType.CREDIT_NOTE, DocumentType.INVOICE);
        assertThat(badge(0)).hasValueSatisfying(badge -> assertThat(badge.getText()).isEqualTo("Creditnota"));
        assertThat(number(0).getText()).isEqualTo("CN-1");
        assertThat(badge(1)).isEmpty();
    }

    /** An English reader sees "Credit note". */
    @Test
    void marksTheCreditNoteInEnglish() {
        Tenant english = newTenant("en");
        activeCustomer(english, "E-1", "northwind", "Invoice2026");
        publishInvoiceAndCreditNote(english, "E-1");
        UiServices.current().sessions().login(english, "northwind", "Invoice2026");
        navigate("t/" + english.slug() + "/invoices");

        assertThat(badge(0)).hasValueSatisfying(badge -> assertThat(badge.getText()).isEqualTo("Credit note"));
    }

    private void publishInvoiceAndCreditNote(Tenant t, String customer) {
        InvoiceRequest original = invoice("A-1", customer, DAY, "Energie", "100.00");
        InvoiceRequest.LineInput line = original.lines().getFirst();
        InvoiceRequest credit = new InvoiceRequest("CN-1", customer, DAY.plusDays(1).toString(),
                DAY.plusDays(31).toString(), "Energie", "EUR", null, "Correctie A-1", List.of(line), null, null,
                "credit-note", new InvoiceRequest.PrecedingInput("A-1", DAY.toString()), null, null, null, null, null,
                null, null, null, null);
        invoiceService.publishAll(t, List.of(original, credit), "test");
    }

    @SuppressWarnings("unchecked")
    private static Grid<InvoiceSummary> grid() {
        return _get(Grid.class);
    }

    private static Component cell(int row) {
        return GridKt._getCellComponent(grid(), row, "invoiceNumber");
    }

    private static Anchor number(int row) {
        Component cell = cell(row);
        return cell instanceof Anchor anchor ? anchor : (Anchor) cell.getChildren().findFirst().orElseThrow();
    }

    private static Optional<Span> badge(int row) {
        return cell(row).getChildren().filter(c -> c instanceof Span span && span.hasClassName("credit-note-badge"))
                .map(Span.class::cast).findFirst();
    }
}
