package io.invoiceportal.ui.passkey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Passkeys section of the profile over the real services and database: the list, removing
 * after the password, and the message on a web address where passkeys are not offered. (Making a
 * passkey needs a browser: PasskeysBrowserIT.)
 */
class PasskeysSectionTest extends PortalUiTest {

    @BeforeEach
    void signedIn() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
    }

    private void storedPasskey(String name) {
        jdbi.useHandle(h -> h.createUpdate("insert into passkey (tenant_id, account_id, credential_id, public_key_cose,"
                        + " signature_count, user_handle, name, rp_id) select tenant_id, id, '\\x0102'::bytea, '\\x03'::bytea, 0,"
                        + " '\\x04'::bytea, :name, 'portal.test' from account where tenant_id = :t and login = 'korenschoof'")
                .bind("t", tenant.id()).bind("name", name).execute());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("t", tenant.id()).mapTo(Integer.class).one());
    }

    @Test
    void withoutPasskeysTheSectionSaysSo() {
        navigate(path("profile"));
        PasskeysSection section = _get(PasskeysSection.class);
        assertThat(_find(section, Paragraph.class, spec -> spec.withText("U hebt nog geen passkeys."))).hasSize(1);
        assertThat(_find(section, Grid.class)).as("no list while there is nothing in it").isEmpty();
    }

    @Test
    void onAnAddressWithoutPasskeysAddingSaysSo() {
        navigate(path("profile"));
        PasskeysSection section = _get(PasskeysSection.class);
        _setValue(_get(section, TextField.class, spec -> spec.withLabel("Naam van de passkey")), "Laptop");
        _setValue(_get(section, PasswordField.class, spec -> spec.withLabel("Uw wachtwoord ter bevestiging")), "Factuur2026");
        _click(_get(section, Button.class, spec -> spec.withText("Passkey toevoegen")));
        assertThat(_find(section, Paragraph.class, spec -> spec.withText("Passkeys zijn op dit webadres niet beschikbaar.")))
                .hasSize(1);
        assertThat(count("select count(*) from passkey_ceremony where tenant_id = :t")).isZero();
    }

    @Test
    void removingAsksForThePasswordAndKeepsThisSession() {
        storedPasskey("Telefoon");
        navigate(path("profile"));
        PasskeysSection section = _get(PasskeysSection.class);
        @SuppressWarnings("unchecked")
        Grid<io.invoiceportal.core.passkey.PasskeyService.Passkey> grid = _get(section, Grid.class);
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getGenericDataView().getItems().map(p -> p.name()).toList()).containsExactly("Telefoon");

        Button remove = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "remove");
        _click(remove);
        Dialog dialog = _get(Dialog.class);
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("Uw wachtwoord ter bevestiging"));
        _setValue(password, "Verkeerd2026");
        _click(_get(dialog, Button.class, spec -> spec.withText("Verwijderen")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het huidige wachtwoord is onjuist.");
        assertThat(count("select count(*) from passkey where tenant_id = :t")).isOne();

        _setValue(password, "Factuur2026");
        _click(_get(dialog, Button.class, spec -> spec.withText("Verwijderen")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(count("select count(*) from passkey where tenant_id = :t")).isZero();
        assertThat(_find(section, Paragraph.class, spec -> spec.withText("U hebt nog geen passkeys."))).hasSize(1);
        assertThat(count("select count(*) from audit_event where tenant_id = :t"
                + " and action = 'passkey.removed' and subject = 'Telefoon' and via = 'ui'")).isOne();
        navigate(path("invoices"));
        assertThat(currentView()).as("this session goes on under the new credentials").isInstanceOf(InvoicesView.class);
    }
}
