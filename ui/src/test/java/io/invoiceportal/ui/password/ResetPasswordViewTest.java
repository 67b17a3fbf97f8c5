package io.invoiceportal.ui.password;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.ui.login.LoginView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetPasswordViewTest extends PortalUiTest {

    @BeforeEach
    void activeCustomer() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
    }

    /** The reset link sets a new password and confirms on the login page; the old password stops working. */
    @Test
    void setsANewPassword() {
        navigate(path("reset-password"), "token", token(tenant, "korenschoof", TokenPurpose.PASSWORD_RESET));

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), "Nieuw2026x");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Bevestig nieuw wachtwoord")), "Nieuw2026x");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(pageText()).contains("Uw nieuwe wachtwoord is opgeslagen.");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Nieuw2026x", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Failed.class);
    }

    /** A reset link older than an hour says it has expired and leads to "forgot password" for a new one. */
    @Test
    void expiredLinkLeadsToANewOne() {
        String token = token(tenant, "korenschoof", TokenPurpose.PASSWORD_RESET);
        clock.advance(Duration.ofMinutes(61));

        navigate(path("reset-password"), "token", token);

        assertThat(pageText()).contains("is verlopen");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("forgot-password")).getHref()).isEqualTo(path("forgot-password"));
    }

    /** An activation token does not work as a reset link. */
    @Test
    void activationTokenIsNoResetLink() {
        customer(tenant, "C-2", "molenaar", "info@molenaar.example");

        navigate(path("reset-password"), "token", token(tenant, "molenaar", TokenPurpose.ACTIVATION));

        assertThat(pageText()).contains("is ongeldig");
        assertThat(_find(PasswordField.class)).isEmpty();
    }
}
