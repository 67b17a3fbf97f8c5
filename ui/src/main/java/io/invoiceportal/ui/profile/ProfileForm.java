package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.ProfileRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.StatusText;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The customer's details: number, company name and e-mail shown read-only (the issuer changes
 * them); contact, address, language and delivery channel editable and saved with "Opslaan".
 */
class ProfileForm extends VerticalLayout {


    private final TextField contactName = text("profile.contactName", 200, Autocomplete.NAME);
    private final TextField contactPhone = text("profile.contactPhone", 50, Autocomplete.TEL);
    private final TextField street = text("profile.street", 200, Autocomplete.STREET_ADDRESS);
    private final TextField postalCode = text("profile.postalCode", 20, Autocomplete.POSTAL_CODE);
    private final TextField city = text("profile.city", 100, Autocomplete.ADDRESS_LEVEL2);
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<String> language = new Select<>();
    private final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    private final StatusText status = new StatusText();
    private final FieldErrors errors = new FieldErrors(this)
            .bind("contact.name", contactName).bind("contact.phone", contactPhone)
            .bind("address.street", street).bind("address.postalCode", postalCode).bind("address.city", city)
            .bind("address.countryCode", country).bind("language", language).bind("deliveryChannel", channel);

    /** @param saved called with the stored customer after a successful save */
    ProfileForm(Tenant tenant, long customerId, Customer customer, Consumer<Customer> saved) {
        addClassName("profile-form");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);

        TextField email = readOnly("profile.email", customer.email());
        email.setHelperText(getTranslation("profile.email.hint"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 2));
        form.add(readOnly("profile.customerNumber", customer.customerNumber()),
                readOnly("profile.companyName", customer.companyName()));
        form.add(email, 2);
        form.add(contactName, contactPhone);
        H3 address = new H3(getTranslation("profile.address"));
        address.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
        form.add(address, 2);
        form.add(street, 2);
        form.add(postalCode, city, country, language);
        form.add(channelChooser(tenant), 2);

        Countries.configure(country, customer.countryCode(), getLocale());
        language.setLabel(getTranslation("profile.language"));
        language.setItems(tenant.languages());
        language.setItemLabelGenerator(l -> Languages.SUPPORTED.contains(l)
                ? getTranslation(Locale.forLanguageTag(l), "language.name") : l);
        show(customer);

        Button save = new Button(getTranslation("button.save"), click -> save(tenant, customerId, saved));
        save.addClassName("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(form, actions);
    }

    /** Says "saved" next to the button. */
    void confirmSaved() {
        status.show(getTranslation("profile.saved"));
    }

    private VerticalLayout channelChooser(Tenant tenant) {
        channel.setLabel(getTranslation("profile.channel"));
        channel.setItems(tenant.enabledChannels());
        channel.setItemLabelGenerator(id -> UiServices.current().exports().channelName(id, getLocale()));
        channel.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Paragraph explanation = new Paragraph(getTranslation("profile.channel.explanation"));
        explanation.addClassName("channel-explanation");
        explanation.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        VerticalLayout chooser = new VerticalLayout(channel, explanation);
        chooser.setPadding(false);
        chooser.setSpacing(false);
        return chooser;
    }

    private void show(Customer customer) {
        contactName.setValue(orEmpty(customer.contactName()));
        contactPhone.setValue(orEmpty(customer.contactPhone()));
        street.setValue(orEmpty(customer.street()));
        postalCode.setValue(orEmpty(customer.postalCode()));
        city.setValue(orEmpty(customer.city()));
        country.setValue(customer.countryCode() == null || customer.countryCode().isBlank() ? null : customer.countryCode());
        language.setValue(language.getListDataView().contains(customer.language()) ? customer.language() : null);
        channel.setValue(channel.getListDataView().contains(customer.deliveryChannel()) ? customer.deliveryChannel() : null);
    }

    private void save(Tenant tenant, long customerId, Consumer<Customer> saved) {
        errors.clear();
        status.clear();
        ProfileRequest request = new ProfileRequest(null, null, null,
                new CustomerRequest.ContactInput(contactName.getValue(), contactPhone.getValue()),
                new AddressInput(street.getValue(), postalCode.getValue(), city.getValue(), orEmpty(country.getValue())),
                language.getValue(), channel.getValue(), null);
        Customer customer;
        try {
            customer = UiServices.current().customers().updateProfile(tenant, customerId, request,
                    UiServices.current().sessions().origin());
        } catch (ValidationException e) {
            if (!errors.show(e).isEmpty()) {
                Notification.show(getTranslation("profile.error.other")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        saved.accept(customer);
    }

    private TextField readOnly(String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(orEmpty(value));
        field.setReadOnly(true);
        return field;
    }

    private TextField text(String key, int maxLength, Autocomplete autocomplete) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        field.setAutocomplete(autocomplete);
        return field;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
