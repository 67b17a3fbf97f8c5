package io.invoiceportal.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.mfa.Totp;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile's Tweestapsverificatie section (Karibu, real PostgreSQL): turn on, wrong input at its field, off. */
class MfaSectionTest extends PortalUiTest {

    @BeforeEach
    void signedIn() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
        navigate(path("profile"));
    }

    private MfaSection section() {
        return _get(MfaSection.class);
    }

    private void password(String value) {
        _setValue(_get(section(), PasswordField.class, spec -> spec.withLabel("Bevestig met uw wachtwoord")), value);
    }

    private void click(String text) {
        _click(_get(section(), Button.class, spec -> spec.withText(text)));
    }

    private long audits(String action) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from audit_event where tenant_id = :t and action = :a"
                + " and via = 'ui'").bind("t", tenant.id()).bind("a", action).mapTo(Long.class).one());
    }

    @Test
    void turnOnWithACodeThenOffWithThePassword() {
        password("Verkeerd123");
        click("Inschakelen");
        PasswordField current = _get(section(), PasswordField.class, spec -> spec.withLabel("Bevestig met uw wachtwoord"));
        assertThat(current.getErrorMessage()).isEqualTo("Het huidige wachtwoord is onjuist.");

        password("Factuur2026");
        click("Inschakelen");
        String secret = _get(section(), TextField.class, spec -> spec.withLabel("Sleutel")).getValue().replace(" ", "");
        TextField code = _get(section(), TextField.class, spec -> spec.withLabel("Code uit de app"));
        _setValue(code, "abcdef");
        click("Bevestigen");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Vul de 6 cijfers in die uw authenticator-app toont.");
        String right = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()));
        _setValue(code, right.equals("000000") ? "111111" : "000000");
        click("Bevestigen");
        assertThat(code.getErrorMessage()).isEqualTo("Deze code is onjuist, verlopen of al gebruikt.");
        _setValue(code, right);
        click("Bevestigen");
        assertThat(_find(section(), ListItem.class)).hasSize(10);
        assertThat(audits("mfa.totp-enabled")).isEqualTo(1);
        click("Ik heb ze bewaard");
        assertThat(_get(section(), com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("mfa-codes-left")).getText()).isEqualTo("Herstelcodes over: 10");
        navigate(path("invoices"));
        assertThat(currentView()).as("this session goes on").isInstanceOf(InvoicesView.class);

        navigate(path("profile"));
        password("Factuur2026");
        click("Uitschakelen");
        assertThat(_find(section(), Button.class, spec -> spec.withText("Inschakelen"))).hasSize(1);
        assertThat(audits("mfa.totp-disabled")).isEqualTo(1);
    }
}
