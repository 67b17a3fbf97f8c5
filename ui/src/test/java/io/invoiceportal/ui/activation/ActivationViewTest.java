package io.invoiceportal.ui.activation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.ui.login.LoginView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivationViewTest extends PortalUiTest {

    private String token;

    @BeforeEach
    void newCustomer() {
        customer(tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        token = token(tenant, "korenschoof", TokenPurpose.ACTIVATION);
    }

    private void choosePassword(String password, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Bevestig wachtwoord")), confirmation);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
    }

    /** The activation link shows the login name read-only; saving a good password activates and confirms on the login page. */
    @Test
    void activatesTheAccountAndConfirmsOnTheLoginPage() {
        navigate(path("activate"), "token", token);
        TextField login = _get(TextField.class, spec -> spec.withLabel("Login naam"));
        assertThat(login.getValue()).isEqualTo("korenschoof");
        assertThat(login.isReadOnly()).isTrue();

        choosePassword("Factuur2026", "Factuur2026");

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(currentLocation()).isEqualTo(path("login"));
        assertThat(pageText()).contains("Uw account is geactiveerd. U kunt nu inloggen.");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
    }

    /** A link that was used already says so, offers a new link, and shows no form. */
    @Test
    void usedLinkSaysSo() {
        accounts.activate(tenant, token, "Factuur2026", "Factuur2026");

        navigate(path("activate"), "token", token);

        assertThat(pageText()).contains("Deze activeringslink is al gebruikt");
        assertNoFormAndALinkToForgotPassword();
    }

    /** An activation link older than 14 days says it has expired, offers a new link, and shows no form. */
    @Test
    void expiredLinkSaysSo() {
        clock.advance(Duration.ofDays(15));

        navigate(path("activate"), "token", token);

        assertThat(pageText()).contains("Deze activeringslink is verlopen");
        assertNoFormAndALinkToForgotPassword();
    }

    /** A token that does not exist (or a missing one) says the link is not valid, offers a new link, and shows no form. */
    @Test
    void unknownLinkSaysSo() {
        navigate(path("activate"), "token", "not-a-token");
        assertThat(pageText()).contains("Deze activeringslink is ongeldig");
        assertNoFormAndALinkToForgotPassword();

        navigate(path("activate"));
        assertThat(pageText()).contains("Deze activeringslink is ongeldig");
    }

    /** A password without digits is refused at the password field, and the form keeps what was typed. */
    @Test
    void weakPasswordErrorAppearsAtThePasswordField() {
        navigate(path("activate"), "token", token);

        choosePassword("alleenletters", "alleenletters");

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Wachtwoord"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet zowel letters als cijfers bevatten.");
        assertThat(password.getValue()).isEqualTo("alleenletters");
        assertThat(currentView()).isInstanceOf(ActivationView.class);
    }

    /** Two different passwords are refused at the confirmation field, not at the password field. */
    @Test
    void mismatchErrorAppearsAtTheConfirmationField() {
        navigate(path("activate"), "token", token);

        choosePassword("Factuur2026", "Factuur2027");

        PasswordField confirmation = _get(PasswordField.class, spec -> spec.withLabel("Bevestig wachtwoord"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("De wachtwoorden zijn niet gelijk.");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")).isInvalid()).isFalse();
        assertThat(accounts.checkToken(tenant, token, TokenPurpose.ACTIVATION).valid()).isTrue();
    }

    private void assertNoFormAndALinkToForgotPassword() {
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Opslaan"))).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("forgot-password")).getHref())
                .isEqualTo(path("forgot-password"));
    }
}
