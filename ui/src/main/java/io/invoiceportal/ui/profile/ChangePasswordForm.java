package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.StatusText;

/**
 * Aanpassen wachtwoord: current password, new password and its confirmation. On success the
 * session stays signed in under the new password (other sessions of the account end).
 */
class ChangePasswordForm extends VerticalLayout {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final FieldErrors errors = new FieldErrors(this)
            .bind("currentPassword", current).bind("newPassword", password).bind("newPasswordConfirmation", confirmation);
    private final StatusText status = new StatusText();
    private SignedIn user;

    ChangePasswordForm(Visit visit) {
        this.user = visit.signedIn();
        addClassName("change-password-form");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);
        current.setLabel(getTranslation("change.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setLabel(getTranslation("change.password"));
        password.setHelperText(getTranslation("password.rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setLabel(getTranslation("change.confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        ComponentTexts.password(current);
        ComponentTexts.password(password);
        ComponentTexts.password(confirmation);
        Button save = new Button(getTranslation("change.button"), click -> save(visit));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(current, password, confirmation, actions);
    }

    private void save(Visit visit) {
        errors.clear();
        status.clear();
        UiServices services = UiServices.current();
        SignedIn changed;
        try {
            changed = services.accounts().changePassword(visit.tenant(), user, current.getValue(), password.getValue(),
                    confirmation.getValue(), services.sessions().origin(), services.sessions().sessionKey());
        } catch (ValidationException e) {
            errors.show(e).forEach(other -> Notification.show(getTranslation(other.message()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        services.sessions().passwordChanged(visit.tenant(), changed, password.getValue());
        user = changed;
        current.clear();
        password.clear();
        confirmation.clear();
        status.show(getTranslation("change.done"));
    }
}
