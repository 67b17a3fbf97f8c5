package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.invoices.InvoiceFilters.ReadStatus;
import io.invoiceportal.ui.login.LoginView;
import io.invoiceportal.ui.profile.ProfileView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoicesViewTest extends PortalUiTest {
    private static final String[] CATEGORIES = {"Algemene doorbelastingen", "algemeen onderhoud", "Energie", "Huur"};
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @BeforeEach
    void sixtyInvoicesAndOthers() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        customer(tenant, "C-2", "bakker", "bakker@example.com");
        List<InvoiceRequest> mine = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            mine.add(invoice(number(i), "C-1", START.plusDays(i), CATEGORIES[i % 4], price(i)));
        }
        invoiceService.publishAll(tenant, mine, "test");
        invoiceService.publishAll(tenant, List.of(invoice("B-001", "C-2", START, "Energie", "9.00")), "test");
        Tenant other = newTenant("nl");
        customer(other, "C-1", "korenschoof", "k@example.com");
        invoiceService.publishAll(other, List.of(invoice("N-001", "C-1", START, "Energie", "9.00")), "test");
        signIn(tenant, "korenschoof", "Factuur2026");
    }

    private static String number(int i) {
        return String.format("A-%03d", i);
    }

    /** Prices in an order unlike the dates: 37·i mod 61 is a different number for every i. */
    private static String price(int i) {
        return (i * 37 % 61 + 1) + ".00";
    }

    static InvoiceRequest invoice(String number, String customer, LocalDate date, String category, String price) {
        return new InvoiceRequest(number, customer, date.toString(), date.plusDays(30).toString(), category, "EUR",
                null, "Omschrijving " + number, List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", price,
                        "S", "21")), null, null);
    }

    @SuppressWarnings("unchecked")
    private static Grid<InvoiceSummary> grid() {
        return _get(Grid.class);
    }

    private static List<InvoiceSummary> rows() {
        return GridKt._fetch(grid(), 0, GridKt._size(grid()));
    }

    private static List<String> numbers() {
        return rows().stream().map(InvoiceSummary::invoiceNumber).toList();
    }

    private static String text(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }

    private static void search() {
        _click(_get(Button.class, spec -> spec.withText("Zoeken")));
    }

    private static org.jsoup.nodes.Element statusIcon(int row) {
        return GridCells.cell(grid(), row, "read");
    }

    private SignedIn user() {
        return UiServices.current().sessions().current(tenant).orElseThrow();
    }

    /** The screen opens on the first 25 of the user's own invoices, newest first, with the total of 60. */
    @Test
    void firstPageShowsTwentyFiveNewestOfTheUsersOwn() {
        assertThat(numbers()).hasSize(25).first().isEqualTo("A-060");
        assertThat(rows()).extracting(InvoiceSummary::issueDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(text("invoice-total")).isEqualTo("60 facturen");
        assertThat(text("page-position")).isEqualTo("Pagina 1 van 3");
        assertThat(pageText()).contains("Welkom, Bakkerij korenschoof");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Wachtwoord wijzigen")).getHref()).isEqualTo(path("profile"));
    }

    /** Each row shows dates as dd-MM-yyyy and the amount incl. VAT in Dutch notation. */
    @Test
    void rowsAreFormattedInDutch() {
        List<String> row = GridKt._getFormattedRow(grid(), 0);
        BigDecimal total = new BigDecimal(price(60)).multiply(new BigDecimal("1.21")).setScale(2);
        assertThat(row).contains("02-03-2026", "01-04-2026", "Algemene doorbelastingen", "Omschrijving A-060",
                "€\u00a0" + total.toPlainString().replace('.', ','));
    }

    /** Page size 10 gives six pages; the next page shows ten other invoices. */
    @Test
    void pageSizeAndNextPage() {
        _setValue(_get(Select.class, spec -> spec.withClasses("page-size")), 10);
        List<String> first = numbers();
        assertThat(first).hasSize(10);
        assertThat(text("page-position")).isEqualTo("Pagina 1 van 6");

        _click(_get(Button.class, spec -> spec.withClasses("next")));

        assertThat(numbers()).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(text("page-position")).isEqualTo("Pagina 2 van 6");
        _click(_get(Button.class, spec -> spec.withClasses("last")));
        assertThat(text("page-position")).isEqualTo("Pagina 6 van 6");
        assertThat(numbers()).containsExactly("A-010", "A-009", "A-008", "A-007", "A-006", "A-005", "A-004", "A-003", "A-002", "A-001");
        assertThat(_get(Button.class, spec -> spec.withClasses("next")).isEnabled()).isFalse();
    }

    /** The page size offers 10, 25, 50 and 100 and never more. */
    @Test
    void pageSizesStopAtHundred() {
        @SuppressWarnings("unchecked")
        Select<Integer> size = _get(Select.class, spec -> spec.withClasses("page-size"));
        assertThat(size.getListDataView().getItems().toList()).containsExactly(10, 25, 50, 100);
        assertThat(size.getValue()).isEqualTo(25);
        assertThat(size.getAriaLabel()).contains("Aantal facturen per pagina");
    }

    /** "alg" finds both categories that start with Alg/alg, and "Wissen" shows everything again. */
    @Test
    void categoryIsACaseInsensitivePrefix() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Categorie")), "alg");
        search();

        assertThat(text("invoice-total")).isEqualTo("30 facturen");
        assertThat(rows()).allSatisfy(i -> assertThat(i.category().toLowerCase()).startsWith("alg"));

        _click(_get(Button.class, spec -> spec.withText("Wissen")));
        assertThat(text("invoice-total")).isEqualTo("60 facturen");
    }

    /** The number filter finds that one invoice, and never another customer's. */
    @Test
    void numberFindsOnlyTheUsersInvoice() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Factuurnummer")), "A-007");
        search();
        assertThat(numbers()).containsExactly("A-007");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Factuurnummer")), "B-001");
        search();
        assertThat(numbers()).isEmpty();
        assertThat(text("invoice-total")).isEqualTo("Geen facturen");
        assertThat(grid().getEmptyStateText()).isEqualTo("Geen facturen gevonden.");
    }

    /** Both ends of the date range are included; filters combine with the category. */
    @Test
    void dateRangeIsInclusiveAndCombines() {
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Factuurdatum van")), START.plusDays(9));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Factuurdatum tot")), START.plusDays(11));
        search();
        assertThat(numbers()).containsExactly("A-011", "A-010", "A-009");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Categorie")), "energie");
        search();
        assertThat(numbers()).containsExactly("A-010");
    }

    /** A "from" date after the "to" date is an error at the "from" field and leaves the list as it was. */
    @Test
    void fromAfterToIsRefusedAtTheFromField() {
        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Factuurdatum van"));
        _setValue(from, START.plusDays(20));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Factuurdatum tot")), START.plusDays(10));
        search();

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("De datum 'van' ligt na de datum 'tot'.");
        assertThat(numbers()).hasSize(25).first().isEqualTo("A-060");
        assertThat(text("invoice-total")).isEqualTo("60 facturen");
    }

    /** Gelezen status filters on read or unread; both chosen means all. */
    @Test
    void readStatusFilter() {
        customerInvoices.markRead(tenant, user(), List.of(customerInvoices.get(tenant, user(), "A-005")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ReadStatus> status = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Gelezen status"));

        _setValue(status, Set.of(ReadStatus.READ));
        search();
        assertThat(numbers()).containsExactly("A-005");
        assertThat(statusIcon(0).attr("aria-label")).isEqualTo("Gelezen");

        _setValue(status, Set.of(ReadStatus.UNREAD));
        search();
        assertThat(text("invoice-total")).isEqualTo("59 facturen");

        _setValue(status, Set.of(ReadStatus.UNREAD, ReadStatus.READ));
        search();
        assertThat(text("invoice-total")).isEqualTo("60 facturen");
    }

    /** A header click sorts on the server: amount ascending starts with the cheapest invoice, descending with the dearest. */
    @Test
    void sortByAmountBothWays() {
        List<String> byPrice = IntStream.rangeClosed(1, 60).boxed()
                .sorted(Comparator.comparing(i -> new BigDecimal(price(i)))).map(InvoicesViewTest::number).toList();

        GridKt._sortByKey(grid(), "totalAmount", SortDirection.ASCENDING);
        assertThat(numbers()).hasSize(25).first().isEqualTo(byPrice.get(0));
        assertThat(rows()).extracting(InvoiceSummary::totalAmount).isSorted();

        GridKt._sortByKey(grid(), "totalAmount", SortDirection.DESCENDING);
        assertThat(numbers().get(0)).isEqualTo(byPrice.get(59));
    }

    /** Every column but the free-text description can be sorted by its header. */
    @Test
    void columnsAreSortable() {
        assertThat(grid().getColumns()).filteredOn(Grid.Column::isSortable).extracting(Grid.Column::getKey)
                .containsExactly("read", "invoiceNumber", "issueDate", "dueDate", "category", "totalAmount");
    }

    /**
     * The number links to the PDF in a new tab; the click shows the row as opened at once. The
     * invoice is marked read by the PDF's own request (DownloadService.open), once the PDF is
     * written, not by the click: a PDF that fails leaves it unread.
     */
    @Test
    void clickingTheNumberShowsItOpened() {
        org.jsoup.nodes.Element link = GridCells.cell(grid(), 0, "invoiceNumber");
        assertThat(link.attr("href")).isEqualTo("/api/v1/tenants/" + tenant.slug() + "/me/invoices/A-060/pdf");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.hasAttr("download")).isFalse();
        assertThat(statusIcon(0).attr("aria-label")).isEqualTo("Ongelezen");

        // the browser's click on the link reaches the server as the grid's event with the link's invoice number
        assertThat(link.attr("data-invoice")).isEqualTo("A-060");
        ElementUtilsKt._fireDomEvent(grid().getElement(), new DomEvent(grid().getElement(), InvoiceGrid.OPEN_EVENT,
                JacksonUtils.createObjectNode().put("event.detail", "A-060")));

        assertThat(statusIcon(0).attr("aria-label")).isEqualTo("Gelezen");
        assertThat(statusIcon(0).attr("icon")).isEqualTo("vaadin:envelope-open");
        assertThat(numbers().get(0)).isEqualTo("A-060");
        assertThat(customerInvoices.list(tenant, user(), new InvoiceQuery(true, null, null, null, null, Sort.ISSUE_DATE,
                false, 0, 10)).items()).isEmpty();
    }

    /** The e-mail link of the user's own invoice sends the browser on to its PDF. */
    @Test
    void invoiceRouteOpensTheUsersPdf() {
        navigate(path("invoices/A-007"));

        assertThat(currentView()).isInstanceOf(OpenInvoiceView.class);
        assertThat(pendingJavaScript()).contains("/api/v1/tenants/" + tenant.slug() + "/me/invoices/A-007/pdf");
    }

    /** Another customer's or another tenant's invoice number shows "not found" and opens nothing. */
    @Test
    void invoiceRouteOfSomeoneElseIsNotFound() {
        for (String number : List.of("B-001", "N-001")) {
            UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
            navigate(path("invoices/" + number));

            assertThat(pageText()).contains("Factuur niet gevonden");
            assertThat(pendingJavaScript()).doesNotContain("/pdf");
        }
    }

    /** A visitor following the e-mail link logs in first and then gets the PDF. */
    @Test
    void invoiceRouteAsksForLoginFirst() {
        signOut();
        navigate(path("invoices/A-007"));
        assertThat(currentView()).isInstanceOf(LoginView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Login naam")), "korenschoof");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), "Factuur2026");
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        assertThat(currentView()).isInstanceOf(OpenInvoiceView.class);
        assertThat(pendingJavaScript()).contains("/me/invoices/A-007/pdf");
    }

    /** "Uitloggen" in the user menu ends the session and sends the browser to the login page; the invoices are closed again. */
    @Test
    void logoutEndsTheSession() {
        ContextMenuKt._clickItemWithCaption(userMenu(), "Uitloggen");

        assertThat(UiServices.current().sessions().current(tenant)).isEmpty();
        assertThat(pendingJavaScript()).contains("/t/" + tenant.slug() + "/login");
        navigate(path("invoices"));
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    /** The header's user menu, under the login name, leads to the profile. */
    @Test
    void userMenuLeadsToTheProfile() {
        assertThat(userMenu().getElement().getAttribute("aria-label")).isEqualTo("Gebruikersmenu");
        assertThat(userMenu().getItems()).hasSize(1);
        assertThat(userMenu().getItems().get(0).getElement().getTextRecursively()).contains("korenschoof");

        ContextMenuKt._clickItemWithCaption(userMenu(), "Profiel");

        assertThat(currentView()).isInstanceOf(ProfileView.class);
    }

    /**
     * Vaadin's components say things of their own in English ("added to selection", "More options",
     * "Online"); on a Dutch page they say them in Dutch. (The grid's names are checked in a browser.)
     */
    @Test
    void componentsOwnTextsAreDutch() {
        assertThat(pendingJavaScript()).contains("Verbonden", "Verbinding verbroken");
        MultiSelectComboBox<?> status = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Gelezen status"));
        assertThat(status.getI18n().getSelected()).isEqualTo("toegevoegd aan de selectie");
        assertThat(status.getI18n().getTotal()).isEqualTo("{count} geselecteerd");
        assertThat(userMenu().getI18n().getMoreOptions()).isEqualTo("Meer opties");
    }

    private static MenuBar userMenu() {
        return _get(MenuBar.class, spec -> spec.withClasses("user-menu"));
    }

    /** An English user gets English labels, English dates and amounts like "€1,234.56". */
    @Test
    void englishUserSeesEnglish() {
        Tenant english = newTenant("en");
        activeCustomer(english, "E-1", "northwind", "Invoice2026");
        invoiceService.publishAll(english, List.of(invoice("E-001", "E-1", START, "Rent", "1020.30")), "test");
        UiServices.current().sessions().login(english, "northwind", "Invoice2026");
        navigate("t/" + english.slug() + "/invoices");

        assertThat(grid().getColumnByKey("invoiceNumber").getHeaderText()).isEqualTo("Invoice number");
        assertThat(grid().getColumnByKey("totalAmount").getHeaderText()).isEqualTo("Amount incl. VAT");
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("Read status"));
        _get(DatePicker.class, spec -> spec.withLabel("Invoice date from"));
        _get(DatePicker.class, spec -> spec.withLabel("Invoice date to"));
        assertThat(_get(Select.class, spec -> spec.withClasses("page-size")).getAriaLabel()).contains("Invoices per page");
        _get(Button.class, spec -> spec.withText("Search"));
        _get(Button.class, spec -> spec.withText("Clear"));
        assertThat(text("page-position")).isEqualTo("Page 1 of 1");
        assertThat(text("invoice-total")).isEqualTo("1 invoice");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("01/01/2026", "€1,234.56");
        assertThat(statusIcon(0).attr("aria-label")).isEqualTo("Unread");
    }

    private static String pendingJavaScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation).flatMap(js -> js.getParameters().stream())
                .map(String::valueOf).reduce("", String::concat);
    }
}
