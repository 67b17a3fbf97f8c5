package io.invoiceportal.ui.passkey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.layout.StatusText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Passkeys in the profile: the customer's passkeys (name, added, last used) with a way to remove
 * each after the current password, and a form to add one (a name and the current password, then
 * the browser makes the passkey). Adding or removing ends the account's other sessions.
 */
public class PasskeysSection extends VerticalLayout {
    private final Tenant tenant;
    private SignedIn user;
    private final Grid<PasskeyService.Passkey> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final TextField name = new TextField();
    private final PasswordField current = new PasswordField();
    private final FieldErrors errors = new FieldErrors(this).bind("name", name).bind("currentPassword", current);
    private final StatusText status = new StatusText();
    private final Button add = new Button();
    private final com.vaadin.flow.component.html.Div message = new com.vaadin.flow.component.html.Div();

    public PasskeysSection(Visit visit) {
        this.tenant = visit.tenant();
        this.user = visit.signedIn();
        addClassName("passkeys-section");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);
        H2 heading = new H2(getTranslation("passkeys.title"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Paragraph intro = new Paragraph(getTranslation("passkeys.intro"));
        none.setText(getTranslation("passkeys.none"));
        none.addClassName("passkeys-none");

        grid.addClassName("passkeys-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PasskeyService.Passkey::name).setHeader(getTranslation("passkeys.column.name")).setFlexGrow(2);
        grid.addColumn(p -> time(p.createdAt())).setHeader(getTranslation("passkeys.column.created")).setFlexGrow(1);
        grid.addColumn(p -> p.lastUsedAt() == null ? getTranslation("passkeys.never") : time(p.lastUsedAt()))
                .setHeader(getTranslation("passkeys.column.lastUsed")).setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("passkeys.remove"), click -> confirmRemoval(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);

        name.setLabel(getTranslation("passkeys.name"));
        name.setPlaceholder(getTranslation("passkeys.name.placeholder"));
        name.setMaxLength(60);
        current.setLabel(getTranslation("passkeys.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        ComponentTexts.password(current);
        add.setText(getTranslation("passkeys.add"));
        add.addClickListener(click -> start());
        HorizontalLayout actions = new HorizontalLayout(add, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        message.addClassName("passkeys-message");
        VerticalLayout form = new VerticalLayout(message, name, current, actions);
        form.setPadding(false);
        form.setMaxWidth("420px");
        form.setAlignItems(FlexComponent.Alignment.STRETCH);
        add(heading, intro, none, grid, form);
        refresh();
    }

    private void refresh() {
        List<PasskeyService.Passkey> passkeys = UiServices.current().passkeys().list(tenant, user);
        grid.setItems(passkeys);
        grid.setVisible(!passkeys.isEmpty());
        none.setVisible(passkeys.isEmpty());
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(tenant.timeZone()));
    }

    /** Checks the name and password, then lets the browser make the passkey. */
    private void start() {
        errors.clear();
        status.clear();
        message.removeAll();
        Optional<PasskeyService.Site> site = PasskeyBrowser.site(tenant);
        if (site.isEmpty()) {
            error(getTranslation("passkeys.unavailable"));
            return;
        }
        PasskeyService.Ceremony ceremony;
        try {
            ceremony = UiServices.current().passkeys().startRegistration(tenant, user, current.getValue(),
                    name.getValue(), site.get());
        } catch (ValidationException e) {
            errors.show(e).forEach(other -> error(getTranslation(other.message(), other.args().toArray())));
            return;
        }
        add.setEnabled(false);
        PasskeyBrowser.create(this, ceremony.optionsJson(), outcome -> finish(ceremony, outcome));
    }

    private void finish(PasskeyService.Ceremony ceremony, PasskeyBrowser.Outcome outcome) {
        add.setEnabled(true);
        if (outcome.status() != PasskeyBrowser.Status.OK) {
            error(getTranslation(PasskeyBrowser.problem(outcome.status())));
            return;
        }
        Optional<PasskeyService.Site> site = PasskeyBrowser.site(tenant);
        UiServices services = UiServices.current();
        PasskeyService.Added added;
        try {
            added = services.passkeys().finishRegistration(tenant, user, ceremony.id(), outcome.json(),
                    site.orElseThrow(), services.sessions().origin());
        } catch (ValidationException e) {
            error(getTranslation(e.errors().get(0).message(), e.errors().get(0).args().toArray()));
            return;
        } catch (NotFoundException e) {
            error(getTranslation("passkeys.expired"));
            return;
        }
        services.sessions().mfaChanged(tenant, added.user());
        user = added.user();
        name.clear();
        current.clear();
        refresh();
        status.show(getTranslation("passkeys.added", added.passkey().name()));
    }

    private void confirmRemoval(PasskeyService.Passkey passkey) {
        Dialog dialog = new Dialog();
        dialog.addClassName("remove-passkey-dialog");
        dialog.setHeaderTitle(getTranslation("passkeys.remove.title", passkey.name()));
        PasswordField password = new PasswordField(getTranslation("passkeys.current"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        ComponentTexts.password(password);
        FieldErrors dialogErrors = new FieldErrors(dialog).bind("currentPassword", password);
        Button remove = new Button(getTranslation("passkeys.remove"), click -> {
            UiServices services = UiServices.current();
            SignedIn changed;
            try {
                changed = services.passkeys().remove(tenant, user, passkey.id(), password.getValue(),
                        services.sessions().origin());
            } catch (ValidationException e) {
                dialogErrors.show(e);
                return;
            } catch (NotFoundException e) {
                changed = null;
            }
            dialog.close();
            if (changed != null) {
                services.sessions().mfaChanged(tenant, changed);
                user = changed;
                status.show(getTranslation("passkeys.removed", passkey.name()));
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("passkeys.remove.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("passkeys.remove.text")), password);
        dialog.getFooter().add(cancel, remove);
        dialog.open();
        password.focus();
    }

    private void error(String text) {
        message.removeAll();
        message.add(Notice.error(text));
        status.clear();
    }
}
