package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.invoiceportal.ui.invoices.InvoicesViewTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.invoiceportal.core.invoice.DocumentType;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Facturenscherm marks a credit note with a text badge in its "Soort" / "Type" column; invoices carry none. */
class CreditNoteRowTest extends PortalUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A credit note's row shows "Creditnota" in the "Soort" column; the invoice it corrects shows nothing there. */
    @Test
    void marksTheCreditNoteInDutch() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        publishInvoiceAndCreditNote(tenant, "C-1");
        signIn(tenant, "korenschoof", "Factuur2026");

        assertThat(grid().getGenericDataView().getItems().map(InvoiceSummary::documentType).toList())
                .containsExactly(DocumentType.CREDIT_NOTE, DocumentType.INVOICE);
        assertThat(grid().getColumnByKey("documentType").getHeaderText()).isEqualTo("Soort");
        assertThat(type(0).text()).isEqualTo("Creditnota");
        assertThat(type(0).hasClass("credit-note-badge")).isTrue();
        assertThat(type(1).text()).isEmpty();
    }

    /** An English reader sees "Credit note". */
    @Test
    void marksTheCreditNoteInEnglish() {
        Tenant english = newTenant("en");
        activeCustomer(english, "E-1", "northwind", "Invoice2026");
        publishInvoiceAndCreditNote(english, "E-1");
        UiServices.current().sessions().login(english, "northwind", "Invoice2026");
        navigate("t/" + english.slug() + "/invoices");

        assertThat(grid().getColumnByKey("documentType").getHeaderText()).isEqualTo("Type");
        assertThat(type(0).text()).isEqualTo("Credit note");
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

    private static org.jsoup.nodes.Element type(int row) {
        return GridCells.cell(grid(), row, "documentType");
    }
}
