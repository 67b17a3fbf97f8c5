package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.login.LoginView;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoicesViewTest extends PortalUiTest {

    @BeforeEach
    void signedIn() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
    }

    /** The invoices page greets the company, shows the login name and links to the password change. */
    @Test
    void greetsTheCustomer() {
        assertThat(pageText()).contains("Welkom, Bakkerij korenschoof", "korenschoof");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Wachtwoord wijzigen")).getHref()).isEqualTo(path("profile"));
    }

    /** "Uitloggen" ends the session and sends the browser to the login page; the invoices are closed again. */
    @Test
    void logoutEndsTheSession() {
        _click(_get(Button.class, spec -> spec.withText("Uitloggen")));

        assertThat(UiServices.current().sessions().current(tenant)).isEmpty();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .map(PendingJavaScriptInvocation::getInvocation)
                .anySatisfy(js -> assertThat(js.getParameters()).contains("/t/" + tenant.slug() + "/login"));
        navigate(path("invoices"));
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
