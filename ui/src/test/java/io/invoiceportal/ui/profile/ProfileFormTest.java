package io.invoiceportal.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.ui.layout.StatusText;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileFormTest extends PortalUiTest {

    private CustomerService customers;

    /** A channel as a plugin provides it: its name comes from the plugin, in the reader's language. */
    private record NamedChannel(String id, String dutch, String english) implements DeliveryChannel {
        @Override
        public String displayName(Locale locale) {
            return "nl".equals(locale.getLanguage()) ? dutch : english;
        }

        @Override
        public DeliveryResult deliver(Notification notification, DeliveryContext context) {
            return DeliveryResult.fail("not sent by this test");
        }
    }

    @Override
    protected ExporterCatalog exporters() {
        return new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of();
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of(new NamedChannel("email", "E-mail", "E-mail"),
                        new NamedChannel("email-pdf", "E-mail met PDF", "E-mail with PDF"),
                        new NamedChannel("webhook", "Koppeling met uw boekhouding", "Link to your bookkeeping"));
            }
        };
    }

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

    @SuppressWarnings("unchecked")
    private static ComboBox<String> country(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    /** The confirmation next to the profile's button. */
    private static String confirmation() {
        return _get(_get(ProfileForm.class), StatusText.class).getText();
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

    /** Saving stores contact, country and delivery channel and says "Uw profiel is opgeslagen" next to the button. */
    @Test
    void savingContactAndChannelPersists() {
        signedInAsKorenschoof();

        _setValue(field("Contactpersoon"), "Jan Korenschoof");
        _setValue(field("Telefoonnummer"), "020-1234567");
        _setValue(country("Land"), "NL");
        _setValue(channels(), "email-pdf");
        assertThat(confirmation()).isEmpty();
        save();

        assertThat(confirmation()).isEqualTo("Uw profiel is opgeslagen");
        Customer stored = customers.get(tenant, "C-1");
        assertThat(stored.contactName()).isEqualTo("Jan Korenschoof");
        assertThat(stored.contactPhone()).isEqualTo("020-1234567");
        assertThat(stored.countryCode()).isEqualTo("NL");
        assertThat(stored.deliveryChannel()).isEqualTo("email-pdf");
    }

    /**
     * Land is a list of every country by its name in the page language, searchable by name or by code;
     * what is stored stays the ISO code. An English page names the same countries in English.
     */
    @Test
    void countryIsChosenByNameAndStoredAsCode() {
        signedInAsKorenschoof();
        ComboBox<String> land = country("Land");

        assertThat(land.getListDataView().getItems().toList()).contains("NL", "BE", "DE").hasSizeGreaterThan(240);
        assertThat(land.getItemLabelGenerator().apply("DE")).isEqualTo("Duitsland");
        assertThat(land.getItemLabelGenerator().apply("BE")).isEqualTo("België");
        ComboBoxKt.setUserInput(land, "duits");
        assertThat(ComboBoxKt.getSuggestionItems(land)).containsExactly("DE");
        ComboBoxKt.setUserInput(land, "nl");
        assertThat(ComboBoxKt.getSuggestionItems(land)).contains("NL");

        _setValue(land, "BE");
        save();
        assertThat(customers.get(tenant, "C-1").countryCode()).isEqualTo("BE");

        _setValue(_get(Select.class, spec -> spec.withLabel("Voorkeurstaal")), "en");
        save();
        assertThat(country("Country").getValue()).isEqualTo("BE");
        assertThat(country("Country").getItemLabelGenerator().apply("BE")).isEqualTo("Belgium");
    }

    /** Choosing English as preferred language stores it and shows the page in English at once. */
    @Test
    @SuppressWarnings("unchecked")
    void changingLanguageToEnglishSwitchesTheLabels() {
        signedInAsKorenschoof();

        _setValue(_get(Select.class, spec -> spec.withLabel("Voorkeurstaal")), "en");
        save();

        assertThat(confirmation()).isEqualTo("Your profile has been saved");
        assertThat(customers.get(tenant, "C-1").language()).isEqualTo("en");
        assertThat(field("Contact person")).isNotNull();
        assertThat(pageText()).contains("Login details").doesNotContain("Contactpersoon");
        navigate(path("profile"));
        assertThat(pageText()).as("the new language sticks on the next page").contains("Login details");
    }

    /** Core's keys are shown next to their fields in the reader's language, with their values filled in. */
    @Test
    void errorsAreTranslatedKeysWithTheirValues() {
        signedInAsKorenschoof();
        TextField phone = field("Telefoonnummer");
        _setValue(phone, "0".repeat(51));
        save();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Gebruik maximaal 50 tekens.");
        assertThat(confirmation()).isEmpty();
        assertThat(customers.get(tenant, "C-1").contactPhone()).isNull();
    }

    /** The delivery channels offered are exactly the tenant's enabled ones, by their display names. */
    @Test
    void channelsOfferedAreTheTenantsEnabledOnes() {
        signedInAsKorenschoof();
        RadioButtonGroup<String> all = channels();
        assertThat(all.getListDataView().getItems().toList()).containsExactly("email", "email-pdf");
        assertThat(all.getListDataView().getItems().map(all.getItemLabelGenerator()).toList())
                .containsExactly("E-mail", "E-mail met PDF");

        tenants.updateSettings(tenant, new SettingsRequest(null, List.of("email"), null, null, null, null, null, null),
                Set.of("pdf", "xml", "csv"), Set.of("email", "email-pdf"), Map.of());
        navigate(path("profile"));

        assertThat(channels().getListDataView().getItems().toList()).containsExactly("email");
    }

    /** A channel that core and screens have never heard of is shown by its plugin's name. */
    @Test
    void aPluginsChannelIsShownByItsName() {
        tenants.updateSettings(tenant, new SettingsRequest(null, List.of("webhook", "email"), null, null, null, null, null, null),
                Set.of(), Set.of("email", "email-pdf", "webhook"), Map.of());
        signedInAsKorenschoof();
        RadioButtonGroup<String> all = channels();
        assertThat(all.getListDataView().getItems().map(all.getItemLabelGenerator()).toList())
                .containsExactly("Koppeling met uw boekhouding", "E-mail");
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
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Change password"))).hasSize(1);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Delivery channel"))).isNotNull();
        assertThat(pageText()).contains("Profile", "Login details", "E-mail with PDF");
    }
}
