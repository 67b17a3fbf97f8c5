package io.invoiceportal.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileFormTest extends PortalUiTest {

    private CustomerService customers;

    @BeforeEach
    void services() {
        customers = new CustomerService(jdbi);
    }

    private void signedInAsKorenschoof() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
        navigate(path("profile"));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> channels() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Afleverkanaal"));
    }

    private static void save() {
        _click(_get(_get(ProfileForm.class), Button.class, spec -> spec.withText("Opslaan")));
    }

    /** Klantnummer, Bedrijfsnaam and E-mailadres show the customer's data and cannot be edited. */
    @Test
    void readOnlyFieldsShowTheCustomersData() {
        signedInAsKorenschoof();

        assertThat(field("Klantnummer").getValue()).isEqualTo("C-1");
        assertThat(field("Bedrijfsnaam").getValue()).isEqualTo("Bakkerij korenschoof");
        assertThat(field("E-mailadres").getValue()).isEqualTo("korenschoof@example.com");
        assertThat(List.of(field("Klantnummer"), field("Bedrijfsnaam"), field("E-mailadres")))
                .allMatch(TextField::isReadOnly);
        assertThat(field("E-mailadres").getHelperText()).contains("accountmanager");
        assertThat(field("Contactpersoon").isReadOnly()).isFalse();
    }

    /** Saving stores contact and delivery channel and says "Uw profiel is opgeslagen". */
    @Test
    void savingContactAndChannelPersists() {
        signedInAsKorenschoof();

        _setValue(field("Contactpersoon"), "Jan Korenschoof");
        _setValue(field("Telefoonnummer"), "020-1234567");
        _setValue(field("Land (code, bijv. NL)"), "nl");
        _setValue(channels(), "email-pdf");
        save();

        expectNotifications("Uw profiel is opgeslagen");
        Customer stored = customers.get(tenant, "C-1");
        assertThat(stored.contactName()).isEqualTo("Jan Korenschoof");
        assertThat(stored.contactPhone()).isEqualTo("020-1234567");
        assertThat(stored.countryCode()).isEqualTo("NL");
        assertThat(stored.deliveryChannel()).isEqualTo("email-pdf");
    }

    /** An invalid country code is marked at the Land field, the input stays and nothing is saved. */
    @Test
    void invalidCountryCodeIsMarkedAtLandAndNothingIsSaved() {
        signedInAsKorenschoof();

        _setValue(field("Contactpersoon"), "Jan Korenschoof");
        _setValue(field("Land (code, bijv. NL)"), "N1");
        save();

        TextField land = field("Land (code, bijv. NL)");
        assertThat(land.isInvalid()).isTrue();
        assertThat(land.getErrorMessage()).isEqualTo("Vul een landcode van twee letters in, zoals NL.");
        assertThat(field("Contactpersoon").getValue()).isEqualTo("Jan Korenschoof");
        assertThat(customers.get(tenant, "C-1").contactName()).isNull();
    }

    /** Choosing English as preferred language stores it and shows the page in English at once. */
    @Test
    @SuppressWarnings("unchecked")
    void changingLanguageToEnglishSwitchesTheLabels() {
        signedInAsKorenschoof();

        _setValue(_get(Select.class, spec -> spec.withLabel("Voorkeurstaal")), "en");
        save();

        expectNotifications("Your profile has been saved");
        assertThat(customers.get(tenant, "C-1").language()).isEqualTo("en");
        assertThat(field("Contact person")).isNotNull();
        assertThat(pageText()).contains("Login details").doesNotContain("Contactpersoon");
        navigate(path("profile"));
        assertThat(pageText()).as("the new language sticks on the next page").contains("Login details");
    }

    /** The delivery channels offered are exactly the tenant's enabled ones, by their display names. */
    @Test
    void channelsOfferedAreTheTenantsEnabledOnes() {
        signedInAsKorenschoof();
        RadioButtonGroup<String> all = channels();
        assertThat(all.getListDataView().getItems().toList()).containsExactly("email", "email-pdf");
        assertThat(all.getListDataView().getItems().map(all.getItemLabelGenerator()).toList())
                .containsExactly("E-mail", "E-mail met PDF");

        tenants.updateSettings(tenant, new SettingsRequest(null, List.of("email"), null, null, null, null, null),
                Set.of("pdf", "xml", "csv"), Set.of("email", "email-pdf"));
        navigate(path("profile"));

        assertThat(channels().getListDataView().getItems().toList()).containsExactly("email");
    }

    /** A customer whose language is English sees the profile in English. */
    @Test
    void englishUserSeesEnglishLabels() {
        customers.put(tenant, "C-2", new CustomerRequest("Bakery Two", "two@example.com", "bakerytwo", "en",
                null, null, null, null, null, null, null), "test");
        accounts.activate(tenant, token(tenant, "bakerytwo", TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        signIn(tenant, "bakerytwo", "Factuur2026");
        navigate(path("profile"));

        assertThat(field("Customer number").getValue()).isEqualTo("C-2");
        assertThat(field("Company name").isReadOnly()).isTrue();
        assertThat(field("E-mail address").getHelperText()).contains("account manager");
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).hasSize(2);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Delivery channel"))).isNotNull();
        assertThat(pageText()).contains("Profile", "Login details", "e-mail with PDF");
    }
}
