package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.mfa.QrCodes;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.StatusText;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Tweestapsverificatie in the profile: turn TOTP on (current password, then the QR code and the
 * key, confirmed with a code from the app; the 10 recovery codes shown once), new recovery codes
 * and turning it off (each with the current password). Hidden when the portal's MFA is off. Every
 * change ends the account's other sessions; this one goes on. {@code onEnabled} runs once TOTP is
 * on and its recovery codes were acknowledged (the forced enrolment then lets the customer in).
 */
public class MfaSection extends VerticalLayout {
    private final Tenant tenant;
    private final Runnable onEnabled;
    private final Div body = new Div();
    private final StatusText status = new StatusText();
    private SignedIn user;

    public MfaSection(Visit visit) {
        this(visit, () -> {});
    }

    public MfaSection(Visit visit, Runnable onEnabled) {
        this.tenant = visit.tenant();
        this.user = visit.signedIn();
        this.onEnabled = onEnabled;
        addClassName("mfa-section");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);
        H2 heading = new H2(getTranslation("mfa.title"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        body.setWidthFull();
        add(heading, body, status);
        showState();
    }

    private MfaService mfa() {
        return UiServices.current().mfa();
    }

    private void showState() {
        body.removeAll();
        MfaService.State state = mfa().state(tenant, user);
        if (Tenant.Security.MFA_OFF.equals(state.mode())) {
            setVisible(false);
            return;
        }
        setVisible(true);
        if ("active".equals(state.totp())) {
            showActive(state);
        } else {
            showOff();
        }
    }

    /** Off (or an enrolment left unconfirmed): why, and the current password to begin. */
    private void showOff() {
        Paragraph intro = new Paragraph(getTranslation("mfa.offIntro"));
        PasswordField current = currentPassword();
        FieldErrors errors = new FieldErrors(this).bind("currentPassword", current);
        Button enable = new Button(getTranslation("mfa.enable"), click -> {
            status.clear();
            try {
                showEnrolment(mfa().beginTotp(tenant, user, current.getValue()));
            } catch (ValidationException e) {
                errors.show(e);
            } catch (ConflictException e) {
                conflict();
            }
        });
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.addClassName("mfa-enable");
        body.add(intro, narrow(current), enable);
    }

    /** The QR code, the key in text, and the code that confirms it. */
    private void showEnrolment(MfaService.Enrolment enrolment) {
        body.removeAll();
        Paragraph scan = new Paragraph(getTranslation("mfa.scan"));
        Image qr = new Image(QrCodes.dataUri(enrolment.otpauthUri()), getTranslation("mfa.qrAlt"));
        qr.addClassName("mfa-qr");
        qr.setWidth("200px");
        qr.setHeight("200px");
        TextField secret = new TextField(getTranslation("mfa.secret"));
        secret.setValue(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setReadOnly(true);
        secret.addClassName("mfa-secret");
        secret.setWidthFull();
        TextField code = new TextField(getTranslation("mfa.code"));
        code.addClassName("mfa-code");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        FieldErrors errors = new FieldErrors(this).bind("code", code);
        Button confirm = new Button(getTranslation("mfa.confirm"), click -> {
            try {
                MfaService.Changed changed = mfa().confirmTotp(tenant, user, code.getValue(),
                        UiServices.current().sessions().origin());
                changed(changed);
                showRecoveryCodes(changed.recoveryCodes(), true);
                status.show(getTranslation("mfa.enabled"));
            } catch (ValidationException e) {
                errors.show(e);
            } catch (ConflictException e) {
                conflict();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("mfa-confirm");
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(code); // Enter in the code confirms
        Button cancel = new Button(getTranslation("mfa.cancel"), click -> showState());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
        body.add(scan, qr, narrow(secret), narrow(code), actions);
        code.focus();
    }

    /** The codes, this once; "saved" goes on to the state. */
    private void showRecoveryCodes(List<String> codes, boolean justEnabled) {
        body.removeAll();
        H3 title = new H3(getTranslation("mfa.codesTitle"));
        Paragraph intro = new Paragraph(getTranslation("mfa.codesIntro"));
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        list.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button(getTranslation("mfa.codesDone"), click -> {
            status.clear();
            showState();
            if (justEnabled) {
                onEnabled.run();
            }
        });
        done.addClassName("mfa-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(title, intro, list, done);
    }

    /** On: since when, codes left; new codes or off, each with the current password. */
    private void showActive(MfaService.State state) {
        String since = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(state.totpSince().atZone(tenant.timeZone()));
        Paragraph on = new Paragraph(getTranslation("mfa.activeSince", since));
        on.addClassName("mfa-active");
        Paragraph left = new Paragraph(getTranslation("mfa.recoveryLeft", state.recoveryCodesLeft()));
        left.addClassName("mfa-codes-left");
        Paragraph why = new Paragraph(getTranslation("mfa.passwordFor"));
        PasswordField current = currentPassword();
        FieldErrors errors = new FieldErrors(this).bind("currentPassword", current);
        Button codes = new Button(getTranslation("mfa.newCodes"), click -> {
            status.clear();
            try {
                MfaService.Changed changed = mfa().regenerateRecoveryCodes(tenant, user, current.getValue(),
                        UiServices.current().sessions().origin());
                changed(changed);
                showRecoveryCodes(changed.recoveryCodes(), false);
                status.show(getTranslation("mfa.codesMade"));
            } catch (ValidationException e) {
                errors.show(e);
            } catch (ConflictException e) {
                conflict();
            }
        });
        codes.addClassName("mfa-new-codes");
        Button off = new Button(getTranslation("mfa.disable"), click -> {
            status.clear();
            try {
                changed(mfa().removeTotp(tenant, user, current.getValue(), UiServices.current().sessions().origin()));
                showState();
                status.show(getTranslation("mfa.disabled"));
            } catch (ValidationException e) {
                errors.show(e);
            } catch (ConflictException e) {
                conflict();
            }
        });
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.addClassName("mfa-disable");
        HorizontalLayout actions = new HorizontalLayout(codes, off);
        body.add(on, left, why, narrow(current), actions);
        if (Tenant.Security.MFA_REQUIRED.equals(state.mode()) && !state.otherFactor()) {
            off.setEnabled(false);
            body.add(new Paragraph(getTranslation("mfa.requiredNoRemove")));
        }
    }

    private PasswordField currentPassword() {
        PasswordField current = new PasswordField(getTranslation("mfa.currentPassword"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.addClassName("mfa-current-password");
        ComponentTexts.password(current);
        return current;
    }

    private static Div narrow(com.vaadin.flow.component.Component field) {
        Div box = new Div(field);
        box.setMaxWidth("420px");
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        return box;
    }

    /** This session goes on under the new credentials; the account's other sessions have ended. */
    private void changed(MfaService.Changed changed) {
        UiServices.current().sessions().mfaChanged(tenant, changed.user());
        user = changed.user();
    }

    private void conflict() {
        showState();
        Notification.show(getTranslation("mfa.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
