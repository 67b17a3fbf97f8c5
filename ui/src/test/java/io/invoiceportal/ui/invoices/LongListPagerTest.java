package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer with 10,050 invoices: the whole list shows its exact total and every page; a filter
 * matching more than 10,000 shows "meer dan 10.000 facturen" and a pager without a last page that
 * still goes forward and back, until the page that reaches the end makes the total exact again.
 */
class LongListPagerTest extends PortalUiTest {

    /** One invoice a day from 2020-01-02, written in one statement as a bulk load does. */
    private void manyInvoices(Tenant t, String customerNumber, int count) {
        long customerId = new io.invoiceportal.core.customer.CustomerService(jdbi).get(t, customerNumber).id();
        jdbi.useHandle(h -> h.createUpdate("""
                insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,
                    description, currency, line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)
                select :t, :c, 'M-' || lpad(g::text, 6, '0'), date '2020-01-01' + g, null, 'Energie', 'Bulk ' || g,
                    'EUR', 1, 1, 0, 1, 1, decode(md5(g::text), 'hex')
                from generate_series(1, :count) g
                """).bind("t", t.id()).bind("c", customerId).bind("count", count).execute());
    }

    @SuppressWarnings("unchecked")
    private static List<String> numbers() {
        Grid<InvoiceSummary> grid = _get(Grid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(InvoiceSummary::invoiceNumber).toList();
    }

    private static String text(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }

    private static Button pagerButton(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    /** Dutch: the exact total of the whole list, then "meer dan 10.000 facturen" for a long filtered list. */
    @Test
    void dutchLongFilteredListSaysMoreThanAndPagesForward() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        manyInvoices(tenant, "C-1", 10_050);
        signIn(tenant, "korenschoof", "Factuur2026");
        _setValue(_get(Select.class, spec -> spec.withClasses("page-size")), 100);
        assertThat(text("invoice-total")).isEqualTo("10.050 facturen");
        assertThat(text("page-position")).isEqualTo("Pagina 1 van 101");
        List<String> exactFirst = numbers();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Factuurdatum van")), LocalDate.of(2019, 1, 1));
        _click(_get(Button.class, spec -> spec.withText("Zoeken")));

        assertThat(text("invoice-total")).isEqualTo("meer dan 10.000 facturen");
        assertThat(text("page-position")).isEqualTo("Pagina 1");
        assertThat(numbers()).isEqualTo(exactFirst);
        assertThat(pagerButton("last").isEnabled()).isFalse();
        assertThat(pagerButton("previous").isEnabled()).isFalse();
        assertThat(pagerButton("next").isEnabled()).isTrue();

        _click(pagerButton("next"));
        assertThat(text("page-position")).isEqualTo("Pagina 2");
        assertThat(numbers()).hasSize(100).first().isEqualTo("M-009950");
        assertThat(pagerButton("previous").isEnabled()).isTrue();
        _click(pagerButton("previous"));
        assertThat(numbers()).isEqualTo(exactFirst);
        _click(pagerButton("next"));
        _click(pagerButton("next"));
        assertThat(text("page-position")).isEqualTo("Pagina 3");
        _click(pagerButton("first"));
        assertThat(text("page-position")).isEqualTo("Pagina 1");
        assertThat(text("invoice-total")).isEqualTo("meer dan 10.000 facturen");
    }

    /** English: "more than 10,000 invoices"; the page reaching the end shows the exact total and the last page. */
    @Test
    void englishLastPageOfALongFilteredListIsExact() {
        Tenant english = newTenant("en");
        activeCustomer(english, "E-1", "northwind", "Invoice2026");
        manyInvoices(english, "E-1", 10_050);
        UiServices.current().sessions().login(english, "northwind", "Invoice2026");
        navigate("t/" + english.slug() + "/invoices");
        _setValue(_get(Select.class, spec -> spec.withClasses("page-size")), 100);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Invoice date from")), LocalDate.of(2019, 1, 1));
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(text("invoice-total")).isEqualTo("more than 10,000 invoices");
        assertThat(text("page-position")).isEqualTo("Page 1");

        for (int page = 2; page <= 101; page++) {
            _click(pagerButton("next"));
        }
        assertThat(text("invoice-total")).isEqualTo("10,050 invoices");
        assertThat(text("page-position")).isEqualTo("Page 101 of 101");
        assertThat(numbers()).hasSize(50).last().isEqualTo("M-000001");
        assertThat(pagerButton("next").isEnabled()).isFalse();
        assertThat(pagerButton("last").isEnabled()).isFalse();
    }
}
