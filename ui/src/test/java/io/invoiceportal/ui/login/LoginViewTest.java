package io.invoiceportal.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginViewTest extends PortalUiTest {

    @BeforeEach
    void activeCustomer() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
    }

    /**
     * A wrong password and an unknown login get the same neutral message, and the user stays on the
     * login page. The message is the only error: the password field keeps what was typed and is not red.
     */
    @Test
    void wrongCredentialsGetOneNeutralMessage() {
        signIn(tenant, "korenschoof", "Verkeerd123");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        String wrongPassword = pageText();
        assertThat(wrongPassword).contains("Login naam of wachtwoord is onjuist.");
        PasswordField password = _get(PasswordField.class);
        assertThat(password.getValue()).isEqualTo("Verkeerd123");
        assertThat(password.isInvalid()).isFalse();

        signIn(tenant, "niemand", "Verkeerd123");
        assertThat(pageText()).isEqualTo(wrongPassword);
    }

    /** The button that shows the password is named in the page language, not Vaadin's "Show password". */
    @Test
    void revealButtonIsNamedInThePageLanguage() {
        navigate(path("login"));
        assertThat(_get(PasswordField.class).getElement().getPropertyRaw("i18n").toString()).contains("Wachtwoord tonen");
    }

    /** The right login name and password lead to the invoices page, which greets the customer's company. */
    @Test
    void rightCredentialsLeadToTheInvoices() {
        signIn(tenant, "korenschoof", "Factuur2026");

        assertThat(currentView()).isInstanceOf(InvoicesView.class);
        assertThat(currentLocation()).isEqualTo(path("invoices"));
        assertThat(pageText()).contains("Welkom, Bakkerij korenschoof");
    }

    /** A user who is signed in already goes straight from the login page to the invoices. */
    @Test
    void signedInUserSkipsTheLoginPage() {
        signIn(tenant, "korenschoof", "Factuur2026");

        navigate(path("login"));

        assertThat(currentView()).isInstanceOf(InvoicesView.class);
    }

    /** After signing in the user goes to the page of this tenant asked for in "next", but never to another tenant's. */
    @Test
    void nextIsFollowedOnlyWithinTheTenant() {
        navigate(path("login"), "next", path("profile"));
        login("korenschoof", "Factuur2026");
        assertThat(currentLocation()).isEqualTo(path("profile"));

        signOut();
        navigate(path("login"), "next", "t/other/profile");
        login("korenschoof", "Factuur2026");
        assertThat(currentLocation()).isEqualTo(path("invoices"));
    }

    /** Repeated failures are slowed down, and the page says how many seconds to wait. */
    @Test
    void repeatedFailuresAreThrottledWithAClearMessage() {
        navigate(path("login"));
        for (int attempt = 0; attempt < 10 && !pageText().contains("Te veel pogingen"); attempt++) {
            signIn(tenant, "korenschoof", "Verkeerd123");
        }
        assertThat(pageText()).containsPattern("Te veel pogingen; probeer het over \\d+ seconden opnieuw.");
    }

    /** The login page offers the way to "forgot password", and every input has a label. */
    @Test
    void offersForgotPasswordAndLabelsEveryInput() {
        navigate(path("login"));

        assertThat(_get(RouterLink.class, spec -> spec.withText("Wachtwoord vergeten")).getHref()).isEqualTo(path("forgot-password"));
        assertThat(_get(TextField.class).getLabel()).isEqualTo("Login naam");
        assertThat(_get(PasswordField.class).getLabel()).isEqualTo("Wachtwoord");
    }

    private static void login(String login, String password) {
        _setValue(_get(TextField.class), login);
        _setValue(_get(PasswordField.class), password);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }
}
