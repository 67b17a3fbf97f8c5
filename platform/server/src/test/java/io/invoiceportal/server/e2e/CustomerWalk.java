package io.invoiceportal.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.invoiceportal.server.testing.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One customer's walk through the manual in one browser page, step by step, in the customer's
 * language. Each screen is photographed to target/screenshots/e2e-{language}-{step}.png and
 * checked with axe.
 */
final class CustomerWalk {
    private final Page page;
    private final Labels t;
    private final SampleCustomer customer;
    private final String base;
    private final Axe axe;
    private final Mailbox mail;
    private final InvoiceTable table;
    private final DateTimeFormatter dates;

    CustomerWalk(Page page, Labels labels, SampleCustomer customer, String base, Axe axe, Mailbox mail) {
        this.page = page;
        this.t = labels;
        this.customer = customer;
        this.base = base;
        this.axe = axe;
        this.mail = mail;
        this.table = new InvoiceTable(page);
        this.dates = DateTimeFormatter.ofPattern("nl".equals(labels.language()) ? "dd-MM-yyyy" : "dd/MM/yyyy");
        page.setDefaultTimeout(20_000);
    }

    Page page() {
        return page;
    }

    /** Photographs the screen and runs axe on it. */
    void screen(String step) {
        page.waitForLoadState();
        Browser.screenshot(page, "e2e-" + t.language() + "-" + step);
        axe.check(page, t.language() + " " + step);
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    // ---- Activerings e-mail and Account activeren ----

    void activate(String password) throws InterruptedException {
        Mailbox.Mail welcome = mail.await(customer.email(), subject("activation.subject"), 1);
        assertThat(welcome.text()).as("the activation mail names the login").contains(customer.login());
        assertThat(welcome.text()).as("the activation mail links to the portal").contains(customer.portalUrl(base) + "/activate?token=");
        page.navigate(welcome.link("/activate"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("activation.title")))).isVisible();
        assertThat(field(t.get("login"))).hasValue(customer.login());
        assertThat(field(t.get("login"))).not().isEditable();
        screen("activation");
        field(t.get("password")).fill(password);
        field(t.get("confirmation")).fill(password);
        button(t.get("save")).click();
        page.waitForURL(address("login"));
        assertThat(page.getByText(t.get("activated"))).isVisible();
    }

    // ---- Inloggen ----

    void logIn(String password, String step) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("login.title")))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t.get("forgot")))).isVisible();
        screen(step);
        field(t.get("login")).fill(customer.login());
        field(t.get("password")).fill(password);
        button(t.get("login.button")).click();
        page.waitForURL(address("invoices"));
        assertThat(page.getByText(t.get("welcome") + customer.companyName())).isVisible();
    }

    // ---- Facturenscherm ----

    /** All unread at first; opening the newest by its number gives a PDF in a new tab and shows it read. */
    String openNewestInvoice() {
        int total = customer.invoices().size();
        List<Map<String, String>> rows = table.await("the newest " + Math.min(25, total) + " invoices, all unread",
                r -> r.size() == Math.min(25, total) && r.stream().allMatch(row -> t.get("unread").equals(row.get(t.get("status")))));
        assertThat(page.locator(".invoice-total")).hasText(t.get("total").replace("{0}", String.valueOf(total)));
        SampleCustomer.Invoice newest = customer.invoices().stream()
                .max(Comparator.comparing(SampleCustomer.Invoice::issueDate).thenComparing(SampleCustomer.Invoice::number)).orElseThrow();
        assertThat(rows.get(0).get(t.get("number"))).as("default order: newest first").isEqualTo(newest.number());
        screen("invoices-unread");

        List<Response> pdfs = new CopyOnWriteArrayList<>();
        page.context().onResponse(response -> {
            if (response.url().endsWith("/" + newest.number() + "/pdf")) {
                pdfs.add(response);
            }
        });
        Page tab = page.context().waitForPage(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(newest.number()).setExact(true)).click());
        page.waitForCondition(() -> !pdfs.isEmpty(), new Page.WaitForConditionOptions().setTimeout(20_000));
        assertThat(pdfs.get(0).status()).isEqualTo(200);
        assertThat(pdfs.get(0).headerValue("content-type")).as("the number opens a PDF").startsWith("application/pdf");
        tab.close();
        // fetched by the page itself: the tenant's own host (*.localhost) resolves in Chromium only
        Object again = page.evaluate("url => fetch(url).then(r => r.arrayBuffer())"
                + ".then(b => String.fromCharCode(...new Uint8Array(b).slice(0, 5)))", pdfs.get(0).url());
        assertThat(again).isEqualTo("%PDF-");

        table.await("invoice " + newest.number() + " shown as read, the others unread", r -> r.stream().allMatch(row ->
                (row.get(t.get("number")).equals(newest.number()) ? t.get("read") : t.get("unread")).equals(row.get(t.get("status")))));
        screen("invoices-read");
        return newest.number();
    }

    /** Each filter of Selectiemogelijkheden alone, then a combination; "Wissen" in between. */
    void filter(String readNumber) {
        String numberColumn = t.get("number");
        Set<String> all = numbers(i -> true);

        chooseStatus(t.get("read"));
        button(t.get("search")).click();
        table.awaitNumbers("only the read invoice (" + t.get("filter.status") + " " + t.get("read") + ")", numberColumn, Set.of(readNumber));
        screen("filter-read");
        clear();
        chooseStatus(t.get("unread"));
        button(t.get("search")).click();
        Set<String> unread = all.stream().filter(n -> !n.equals(readNumber)).collect(Collectors.toSet());
        table.await("the unread invoices (" + t.get("filter.status") + " " + t.get("unread") + ")", r -> r.size() == Math.min(25, unread.size())
                && r.stream().allMatch(row -> unread.contains(row.get(numberColumn))));
        assertThat(page.locator(".invoice-total")).hasText(t.get("total").replace("{0}", String.valueOf(unread.size())));
        clear();

        String oneNumber = customer.invoices().get(customer.invoices().size() / 2).number();
        field(t.get("number")).fill(oneNumber);
        button(t.get("search")).click();
        table.awaitNumbers("only invoice " + oneNumber + " (" + t.get("number") + ")", numberColumn, Set.of(oneNumber));
        clear();

        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 8, 31);
        dateRange(from, to);
        button(t.get("search")).click();
        table.awaitNumbers("the invoices dated " + from + " to " + to + " inclusive (" + t.get("dateFrom") + "/" + t.get("dateTo") + ")",
                numberColumn, numbers(i -> !i.issueDate().isBefore(from) && !i.issueDate().isAfter(to)));
        clear();

        String category = customer.invoices().get(0).category();
        String prefix = category.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        field(t.get("category")).fill(prefix);
        button(t.get("search")).click();
        table.awaitNumbers("the invoices whose category starts with '" + prefix + "', any case (" + t.get("category") + ")",
                numberColumn, numbers(i -> i.category().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)));
        clear();

        LocalDate since = LocalDate.of(2025, 6, 1);
        String second = customer.invoices().stream().map(SampleCustomer.Invoice::category)
                .collect(Collectors.groupingBy(c -> c, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        String secondPrefix = second.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        chooseStatus(t.get("unread"));
        dateRange(since, null);
        field(t.get("category")).fill(secondPrefix);
        button(t.get("search")).click();
        table.awaitNumbers("unread invoices from " + since + " in categories '" + secondPrefix + "…' (combined filters)", numberColumn,
                numbers(i -> !i.number().equals(readNumber) && !i.issueDate().isBefore(since)
                        && i.category().toUpperCase(java.util.Locale.ROOT).startsWith(secondPrefix)));
        screen("filter-combined");
        clear();
    }

    /** Sort on invoice number and on amount, each ascending then descending (a click on the header each). */
    void sortTwoColumns() {
        String numberColumn = t.get("number");
        String first = customer.invoices().stream().map(SampleCustomer.Invoice::number).min(String::compareTo).orElseThrow();
        String last = customer.invoices().stream().map(SampleCustomer.Invoice::number).max(String::compareTo).orElseThrow();
        header(numberColumn).click();
        table.await("the lowest number " + first + " first (" + numberColumn + " ascending)", r -> !r.isEmpty() && first.equals(r.get(0).get(numberColumn)));
        header(numberColumn).click();
        table.await("the highest number " + last + " first (" + numberColumn + " descending)", r -> !r.isEmpty() && last.equals(r.get(0).get(numberColumn)));

        String amount = t.get("amount");
        header(amount).click();
        List<Map<String, String>> ascending = table.await("the smallest amount first (" + amount + " ascending)", r -> !r.isEmpty()
                && r.stream().allMatch(row -> InvoiceTable.cents(row.get(amount)) >= InvoiceTable.cents(r.get(0).get(amount)))
                && !last.equals(r.get(0).get(numberColumn)));
        screen("sorted");
        header(amount).click();
        table.await("the largest amount first (" + amount + " descending)", r -> !r.isEmpty()
                && r.stream().allMatch(row -> InvoiceTable.cents(row.get(amount)) <= InvoiceTable.cents(r.get(0).get(amount)))
                && InvoiceTable.cents(r.get(0).get(amount)) > InvoiceTable.cents(ascending.get(0).get(amount)));
    }

    /** Aantal facturen per pagina: 100 shows every invoice of these customers on one page. */
    void hundredPerPage() {
        int total = customer.invoices().size();
        page.getByLabel(t.get("pageSize"), new Page.GetByLabelOptions().setExact(true)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("100").setExact(true)).click();
        table.await("all " + total + " invoices on one page (100 per page)", r -> r.size() == Math.min(100, total));
        assertThat(page.locator(".page-position")).hasText(t.get("onePage"));
        assertThat(page.locator(".invoice-total")).hasText(t.get("total").replace("{0}", String.valueOf(total)));
        screen("invoices-100");
    }

    // ---- Profiel and Aanpassen wachtwoord ----

    void profile() {
        userMenu(t.get("profile.title"));
        page.waitForURL(address("profile"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("profile.title")).setExact(true))).isVisible();
        Locator channel = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(t.get("channel.email-pdf")).setExact(true));
        assertThat(channel).not().isChecked();
        screen("profile");
        channel.check();
        page.locator(".profile-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t.get("save")).setExact(true)).click();
        assertThat(page.getByText(t.get("profile.saved"))).isVisible();
        screen("profile-saved");
        page.reload();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(t.get("channel.email-pdf")).setExact(true)))
                .isChecked(); // the saved Afleverkanaal is still chosen after a reload
    }

    void changePassword(String current, String next) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("loginDetails")).setExact(true))).isVisible();
        Locator form = page.locator(".change-password-form");
        form.getByLabel(t.get("current"), new Locator.GetByLabelOptions().setExact(true)).fill(current);
        form.getByLabel(t.get("new"), new Locator.GetByLabelOptions().setExact(true)).fill(next);
        form.getByLabel(t.get("newConfirmation"), new Locator.GetByLabelOptions().setExact(true)).fill(next);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t.get("changePassword")).setExact(true)).click();
        assertThat(page.getByText(t.get("changed"))).isVisible();
        screen("password-changed");
    }

    void logOut() {
        userMenu(t.get("logout"));
        page.waitForURL(address("login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("login.title")))).isVisible();
    }

    // ---- Nieuw wachtwoord aanvragen ----

    void forgotPassword(String next) throws InterruptedException {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t.get("forgot"))).click();
        page.waitForURL(address("forgot-password"));
        field(t.get("login")).fill(customer.login());
        field(t.get("email")).fill(customer.email());
        screen("forgot");
        button(t.get("send")).click();
        assertThat(page.getByText(t.get("sent"))).isVisible();

        Mailbox.Mail reset = mail.await(customer.email(), subject("reset.subject"), 1);
        page.navigate(reset.link("/reset-password"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.get("reset.title")))).isVisible();
        assertThat(field(t.get("login"))).hasValue(customer.login());
        field(t.get("new")).fill(next);
        field(t.get("newConfirmation")).fill(next);
        screen("reset");
        button(t.get("save")).click();
        page.waitForURL(address("login"));
        assertThat(page.getByText(t.get("reset.done"))).isVisible();
    }

    // ---- Enkelvoudige en meervoudige downloads ----

    /** Nothing ticked → message; one ticked → PDF, XML, CSV; header tick → ZIP of the page; row icon → ZIP of three. */
    void downloads() throws java.io.IOException {
        table.await("the first page of invoices", r -> r.size() == Math.min(25, customer.invoices().size()));
        button(t.get("download")).click();
        assertThat(page.locator(".download-message")).hasText(t.get("noneSelected"));
        screen("download-none-selected");
        page.locator("vaadin-notification-card").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        String number = table.rows().get(0).get(t.get("number"));
        rowCheckboxes().first().check();
        for (String format : List.of("PDF", "XML", "CSV")) {
            field(t.get("downloadOptions")).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + format + "\\b"))).click();
            com.microsoft.playwright.Download file = page.waitForDownload(() -> button(t.get("download")).click());
            String ext = format.toLowerCase(java.util.Locale.ROOT);
            assertThat(file.suggestedFilename()).isEqualTo(number + "." + ext);
            String content = java.nio.file.Files.readString(file.path(), java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (format) {
                case "PDF" -> assertThat(content).startsWith("%PDF-");
                case "XML" -> assertThat(content).contains("urn:invoiceportal:invoice:1").contains(number);
                default -> assertThat(content).contains(number);
            }
        }
        screen("download-one");

        rowCheckboxes().first().uncheck();
        Locator selectAll = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(t.get("selectAll")));
        assertThat(selectAll).not().isChecked(); // the server's answer to the untick, else the tick below is a no-op
        selectAll.check();
        assertThat(rowCheckboxes().last()).isChecked();
        field(t.get("downloadOptions")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^PDF\\b"))).click();
        Set<String> onPage = table.rows().stream().map(r -> r.get(t.get("number")) + ".pdf").collect(Collectors.toSet());
        com.microsoft.playwright.Download zip = page.waitForDownload(() -> button(t.get("download")).click());
        assertThat(zip.suggestedFilename()).matches("(Facturen|Invoices) .+ \\d{4}-\\d{2}-\\d{2} \\d{4}\\.zip");
        assertThat(zipEntries(zip.path())).as("one PDF per invoice on the page").containsExactlyInAnyOrderElementsOf(onPage);
        screen("download-all");

        String rowNumber = table.rows().get(1).get(t.get("number"));
        // the label goes on with the tenant's other formats ("…, UBL e-factuur (Peppol BIS Billing 3.0) en …");
        // the pattern goes to the browser as a JavaScript regex, so no Pattern.quote (\Q…\E)
        Locator icon = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + t.get("rowDownload")))).nth(1);
        assertThat(icon).isVisible();
        com.microsoft.playwright.Download bundle = page.waitForDownload(icon::click);
        assertThat(bundle.suggestedFilename()).matches("(Factuur|Invoice) .+ " + Pattern.quote(rowNumber) + "\\.zip");
        java.nio.file.Path zipFile = bundle.path();
        assertThat(zipEntries(zipFile)).as("the row's invoice in PDF, XML, CSV and the tenant's other formats")
                .contains(rowNumber + ".pdf", rowNumber + ".xml", rowNumber + ".csv")
                .allMatch(name -> name.startsWith(rowNumber));
    }

    private Locator rowCheckboxes() {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(t.get("selectRow")).setExact(true));
    }

    private static List<String> zipEntries(java.nio.file.Path zip) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(in.readAllBytes()).as("entry " + e.getName()).isNotEmpty();
                names.add(e.getName());
            }
        }
        return names;
    }

    // ---- helpers ----

    private Pattern subject(String key) {
        return Pattern.compile(Pattern.quote(t.get(key)), Pattern.CASE_INSENSITIVE);
    }

    private Set<String> numbers(Predicate<SampleCustomer.Invoice> which) {
        return customer.invoices().stream().filter(which).map(SampleCustomer.Invoice::number).collect(Collectors.toSet());
    }

    private Locator header(String text) {
        return page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText(text));
    }

    /** Opens the user menu under the login name in the header and picks an item. */
    private void userMenu(String item) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(customer.login()).setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private void chooseStatus(String status) {
        field(t.get("filter.status")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(status).setExact(true)).click();
        page.keyboard().press("Escape");
    }

    private void dateRange(LocalDate from, LocalDate to) {
        List<String[]> fill = new ArrayList<>();
        fill.add(new String[] {t.get("dateFrom"), from == null ? "" : dates.format(from)});
        fill.add(new String[] {t.get("dateTo"), to == null ? "" : dates.format(to)});
        for (String[] f : fill) {
            if (!f[1].isEmpty()) {
                field(f[0]).fill(f[1]);
                field(f[0]).press("Enter");
            }
        }
    }

    /** "Wissen", then waits until every invoice is listed again (else the next filter races the reset). */
    private void clear() {
        button(t.get("clear")).click();
        int total = customer.invoices().size();
        assertThat(page.locator(".invoice-total")).hasText(t.get("total").replace("{0}", String.valueOf(total)));
        table.await("all invoices again after " + t.get("clear"), r -> r.size() == Math.min(25, total));
    }

    /** The address of {@code name} of the customer's tenant: at the root of its host, or under {@code /t/{tenant}/}. */
    private Pattern address(String name) {
        return Pattern.compile("https?://[^/]+(/t/" + Pattern.quote(customer.tenant()) + ")?/" + name + "([?#].*)?");
    }
}
