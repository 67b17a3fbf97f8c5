package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.layout.EmbedBar;
import io.invoiceportal.ui.layout.PortalHeader;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.passkey.PasskeysSection;
import java.util.Locale;

/**
 * Profiel: the customer's details ({@link ProfileForm}), then "Inlog gegevens" ({@link ChangePasswordForm}),
 * then "Uw sessies" ({@link SessionsPanel}).
 */
@Route("t/:tenant/profile")
@RouteAlias("t/:tenant/embed/profile")
@RouteAlias("profile")
public class ProfileView extends PortalPage {

    private ProfileForm form;

    public ProfileView() {
        super("760px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        build(visit);
    }

    private void build(Visit visit) {
        SignedIn user = visit.signedIn();
        Customer customer = UiServices.current().customers().get(visit.tenant(), user.customerNumber());
        heading(getTranslation("profile.title"), visit);
        H2 details = section("profile.details");
        H2 loginDetails = section("profile.loginDetails");
        ChangePasswordForm password = new ChangePasswordForm(visit);
        password.setMaxWidth("420px");
        H2 sessions = section("sessions.title");
        RouterLink back = visit.link(getTranslation("profile.toInvoices"), InvoicesView.class, "invoices");
        form = new ProfileForm(visit.tenant(), user.customerId(), customer, saved -> saved(visit, saved));
        addContent(details, form, loginDetails, password, new MfaSection(visit), new PasskeysSection(visit), sessions,
                new SessionsPanel(visit), back);
    }

    private H2 section(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        return heading;
    }

    /** Says so next to the button; a new language takes effect at once, so the page is built again in it. */
    private void saved(Visit visit, Customer customer) {
        UI ui = UI.getCurrent();
        if (Languages.SUPPORTED.contains(customer.language()) && !customer.language().equals(ui.getLocale().getLanguage())) {
            ui.setLocale(Locale.forLanguageTag(customer.language()));
            Languages.forgetHandedOver(ui.getSession());
            removeAll();
            content().removeAll();
            add(visit.embedded() ? new EmbedBar(visit) : new PortalHeader(visit), content());
            build(visit);
            ui.getPage().setTitle(getPageTitle());
        }
        form.confirmSaved();
    }
}
