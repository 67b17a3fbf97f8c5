package io.invoiceportal.ui.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;

/**
 * Verificatiecode: the second step of a sign-in whose password was right. The code of the
 * authenticator app, or (through the link) one of the recovery codes; nothing is signed in before.
 * A wrong code is said next to the field; too many wait as wrong passwords do.
 */
class SecondFactorStep extends VerticalLayout {
    private final TextField code = new TextField();
    private final Paragraph intro = new Paragraph();
    private final Button toggle = new Button();
    private final Tenant tenant;
    private final String next;
    private final Runnable back;
    private boolean recovery;

    SecondFactorStep(Tenant tenant, String next, Runnable back) {
        this.tenant = tenant;
        this.next = next;
        this.back = back;
        addClassName("second-factor-step");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);
        H2 title = new H2(getTranslation("mfa.step.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        code.setWidthFull();
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addClassName("second-factor-code");
        Button verify = new Button(getTranslation("mfa.step.button"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("second-factor-toggle");
        toggle.addClickListener(click -> show(!recovery));
        Button cancel = new Button(getTranslation("mfa.step.back"), click -> {
            UiServices.current().sessions().cancelSecondFactor();
            back.run();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout links = new HorizontalLayout(toggle, cancel);
        links.setPadding(false);
        add(title, intro, code, verify, links);
        show(false);
    }

    private void show(boolean recoveryCode) {
        recovery = recoveryCode;
        intro.setText(getTranslation(recovery ? "mfa.step.recoveryIntro" : "mfa.step.intro"));
        code.setLabel(getTranslation(recovery ? "mfa.step.recoveryLabel" : "mfa.step.label"));
        code.setMaxLength(recovery ? 20 : 6);
        code.setPattern(recovery ? null : "[0-9]*");
        code.getElement().setAttribute("inputmode", recovery ? "text" : "numeric");
        toggle.setText(getTranslation(recovery ? "mfa.step.useApp" : "mfa.step.useRecovery"));
        code.clear();
        code.setInvalid(false);
        code.focus();
    }

    private void verify() {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            fail(getTranslation("field.required"));
            return;
        }
        switch (UiServices.current().sessions().secondFactor(tenant, code.getValue().strip())) {
            case MfaService.CodeResult.Success success -> {
                Location target = new Location(next);
                UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
            }
            case MfaService.CodeResult.Failed failed -> fail(getTranslation(recovery ? "mfa.step.recoveryWrong" : "code.wrong"));
            case MfaService.CodeResult.Throttled throttled -> fail(getTranslation("mfa.step.throttled",
                    Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
            case MfaService.CodeResult.NotPending notPending -> {
                back.run();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("mfa.step.expired"))
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void fail(String text) {
        code.setErrorMessage(text);
        code.setInvalid(true);
        code.focus();
        code.getElement().executeJs("this.inputElement.select()");
    }
}
