package io.invoiceportal.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.layout.StatusText;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileViewTest extends PortalUiTest {

    @BeforeEach
    void signedIn() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
        navigate(path("profile"));
    }

    private void change(String current, String password, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Bevestig nieuw wachtwoord")), confirmation);
        _click(_get(_get(ChangePasswordForm.class), Button.class, spec -> spec.withText("Wachtwoord wijzigen")));
    }

    /** A wrong current password is refused at the current-password field and changes nothing. */
    @Test
    void wrongCurrentPasswordIsMarkedAtThatField() {
        change("Verkeerd123", "Nieuw2026x", "Nieuw2026x");

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Het huidige wachtwoord is onjuist.");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
    }

    /** A good change says so next to the button, and this session stays signed in under the new password. */
    @Test
    void successIsNotifiedAndTheSessionStays() {
        change("Factuur2026", "Nieuw2026x", "Nieuw2026x");

        assertThat(_get(_get(ChangePasswordForm.class), StatusText.class).getText()).isEqualTo("Uw wachtwoord is gewijzigd.");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Nieuw2026x", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
        navigate(path("invoices"));
        assertThat(currentView()).isInstanceOf(InvoicesView.class);
    }
}
