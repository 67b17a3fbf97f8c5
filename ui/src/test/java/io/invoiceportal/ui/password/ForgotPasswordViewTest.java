package io.invoiceportal.ui.password;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForgotPasswordViewTest extends PortalUiTest {

    private static final String SENT = "Als de login naam en het e-mailadres bij een account horen, ontvangt u een e-mail"
            + " met een link om een nieuw wachtwoord in te stellen.";

    @BeforeEach
    void activeCustomer() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
    }

    private void request(String login, String email) {
        navigate(path("forgot-password"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Login naam")), login);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")), email);
        _click(_get(Button.class, spec -> spec.withText("Versturen")));
    }

    private int resetMails() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where kind = 'password-reset' and tenant_id = :t")
                .bind("t", tenant.id()).mapTo(Integer.class).one());
    }

    /** A pair that does not match gets the same confirmation as one that does; only the match queues an e-mail. */
    @Test
    void sameAnswerWhetherOrNotThePairExists() {
        request("korenschoof", "nobody@example.com");
        String mismatch = pageText();
        assertThat(mismatch).contains(SENT);
        assertThat(resetMails()).isZero();

        request("korenschoof", "korenschoof@example.com");
        assertThat(pageText()).isEqualTo(mismatch);
        assertThat(resetMails()).isEqualTo(1);
        assertThat(_find(EmailField.class)).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("back-to-login")).getHref()).isEqualTo(path("login"));
    }

    /** Empty fields are marked where they are, and nothing is sent. */
    @Test
    void emptyFieldsAreMarked() {
        request("", "");

        assertThat(_get(TextField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(pageText()).doesNotContain(SENT);
    }
}
