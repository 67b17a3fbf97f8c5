package io.invoiceportal.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Activity;
import io.invoiceportal.core.audit.ActivityPage;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.layout.PortalPage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Activiteit: the customer's own trail, newest first, a page at a time: when (in the tenant's
 * time zone), what in words, the invoice and format where there is one, the way in (screen, REST,
 * embedded), the device (from the user agent) and the IP address. An action this screen has no
 * words for is shown by its code.
 */
@Route("t/:tenant/activity")
@RouteAlias("t/:tenant/embed/activity")
@RouteAlias("activity")
public class ActivityView extends PortalPage {
    static final int PAGE_SIZE = 25;

    private final Grid<Activity> grid = new Grid<>();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Span position = new Span();
    private Tenant tenant;
    private SignedIn user;
    private int page;

    public ActivityView() {
        super("1200px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        tenant = visit.tenant();
        user = visit.signedIn();
        heading(getTranslation("activity.title"), visit);
        Paragraph intro = new Paragraph(getTranslation("activity.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        grid.addClassName("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> when(a.at())).setHeader(getTranslation("activity.column.when")).setAutoWidth(true)
                .setFlexGrow(0).setKey("when");
        grid.addColumn(this::what).setHeader(getTranslation("activity.column.what")).setFlexGrow(2).setKey("what");
        grid.addColumn(Activity::invoiceNumber).setHeader(getTranslation("activity.column.invoice")).setAutoWidth(true)
                .setFlexGrow(0).setKey("invoice");
        grid.addColumn(this::format).setHeader(getTranslation("activity.column.format")).setAutoWidth(true)
                .setFlexGrow(0).setKey("format");
        grid.addColumn(a -> words("activity.via.", a.via())).setHeader(getTranslation("activity.column.via"))
                .setAutoWidth(true).setFlexGrow(0).setKey("via");
        grid.addColumn(a -> device(a.userAgent())).setHeader(getTranslation("activity.column.device")).setFlexGrow(1)
                .setKey("device");
        grid.addColumn(Activity::ip).setHeader(getTranslation("activity.column.ip")).setAutoWidth(true).setFlexGrow(0)
                .setKey("ip");
        grid.setEmptyStateText(getTranslation("activity.empty"));
        previous.setAriaLabel(getTranslation("invoices.page.previous"));
        next.setAriaLabel(getTranslation("invoices.page.next"));
        previous.addClassName("activity-previous");
        next.addClassName("activity-next");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> load(page - 1));
        next.addClickListener(click -> load(page + 1));
        position.addClassName("activity-position");
        position.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout paging = new HorizontalLayout(previous, position, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        paging.getElement().setAttribute("role", "navigation");
        paging.getElement().setAttribute("aria-label", getTranslation("invoices.page.navigation"));
        RouterLink back = visit.link(getTranslation("profile.toInvoices"), InvoicesView.class, "invoices");
        addContent(intro, grid, paging, back);
        load(0);
    }

    private void load(int wanted) {
        ActivityPage result = UiServices.current().audit().ofCustomer(tenant, user.customerId(), Math.max(0, wanted),
                PAGE_SIZE);
        page = result.page();
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        grid.setItems(result.items());
        position.setText(getTranslation("activity.page", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(at.atZone(tenant.timeZone()));
    }

    /** The action in words, with the sign-in method or the reason a sign-in failed where there is one. */
    private String what(Activity a) {
        String words = words("activity.", a.action());
        String method = a.text("method");
        String reason = a.text("reason");
        if (method != null) {
            return words + " (" + words("activity.method.", method) + ")";
        }
        if (reason != null) {
            return words + " (" + words("activity.reason.", reason) + ")";
        }
        return words;
    }

    private String format(Activity a) {
        String format = a.format();
        return format == null ? "" : "bundle".equals(format) ? getTranslation("activity.format.bundle") : format;
    }

    private String device(String userAgent) {
        Devices.Device d = Devices.of(userAgent);
        if (d.program() == null) {
            return "";
        }
        return d.system() == null ? d.program() : getTranslation("activity.device", d.program(), d.system());
    }

    /** The translation of {@code prefix + code}, or the code itself when there is none. */
    private String words(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String text = getTranslation(key);
        return text == null || text.isBlank() || text.contains(key) ? code : text;
    }
}
