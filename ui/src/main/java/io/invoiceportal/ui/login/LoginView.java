package io.invoiceportal.ui.login;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.NextPath;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.passkey.PasskeyBrowser;
import io.invoiceportal.ui.password.ForgotPasswordView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inloggen: login name and password. A failure never says which of the two was wrong; after
 * signing in the user goes to the page asked for before ({@code next}) or the invoices.
 */
@PublicView
@Route("t/:tenant/login")
@RouteAlias("login")
public class LoginView extends PortalPage {

    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Div message = new Div();
    private final FieldErrors errors = new FieldErrors(this).bind("login", login).bind("password", password);
    private Button submit;
    private RouterLink forgot;
    private Button passkey;

    @Override
    protected boolean previewable() {
        return true;
    }

    public LoginView() {
        super(FORM_WIDTH);
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        String next = NextPath.accept(visit,
                event.getLocation().getQueryParameters().getSingleParameter(NextPath.PARAMETER).orElse(null))
                .orElse(visit.path("invoices"));
        if (visit.user().isPresent()) {
            event.forwardTo(new Location(next).getPath(), new Location(next).getQueryParameters());
            return;
        }
        heading(getTranslation("login.title"), visit);
        if (previewing()) {
            com.vaadin.flow.component.html.Paragraph notice = Notice.success(getTranslation("login.previewNotice"));
            notice.addClassName("preview-notice");
            addContent(notice);
        }
        addContent(intro(visit.tenant()));
        Notice.take(event.getUI()).ifPresent(key -> addContent(Notice.success(getTranslation(key))));

        login.setLabel(getTranslation("field.login"));
        login.setAutocomplete(Autocomplete.USERNAME);
        login.setWidthFull();
        login.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("field.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        ComponentTexts.password(password);
        message.setWidthFull();

        submit = new Button(getTranslation("login.button"), click -> submit(visit.tenant(), next));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setEnabled(!previewing());
        forgot = visit.link(getTranslation("login.forgot"), ForgotPasswordView.class, "forgot-password");
        forgot.addClassName("forgot-password");
        passkey = new Button(getTranslation("login.passkey"), click -> passkey(visit.tenant(), next));
        passkey.addClassName("passkey-login");
        passkey.setEnabled(!previewing());

        addContent(message, login, password, submit, passkey, forgot);
        content().setAlignItems(FlexComponent.Alignment.STRETCH);
        login.focus();
    }

    /**
     * The tenant's own introduction in the reader's language ({@code {portalName}} filled in), else the
     * portal's; the tenant's text in another language would be read out with the wrong pronunciation.
     */
    private Paragraph intro(Tenant tenant) {
        String own = tenant.branding() == null ? null
                : tenant.branding().texts().getOrDefault(getLocale().getLanguage(), Map.of()).get(TenantView.Branding.LOGIN_INTRO);
        Paragraph intro = new Paragraph(own != null && !own.isBlank() ? own.replace("{portalName}", tenant.displayName())
                : getTranslation("login.intro", tenant.displayName()));
        intro.addClassName("login-intro");
        return intro;
    }

    private void submit(Tenant tenant, String next) {
        if (previewing()) {
            return;
        }
        message.removeAll();
        errors.clear();
        boolean missing = false;
        if (login.getValue().isBlank()) {
            errors.mark("login", "field.required");
            missing = true;
        }
        if (password.getValue().isEmpty()) {
            errors.mark("password", "field.required");
            missing = true;
        }
        if (missing) {
            return;
        }
        LoginResult result = UiServices.current().sessions().login(tenant, login.getValue().strip(), password.getValue());
        switch (result) {
            case LoginResult.Success success -> {
                Location target = new Location(next);
                UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
            }
            case LoginResult.SecondFactorNeeded needed when needed.methods().equals(List.of(MfaService.PASSKEY)) -> {
                password.clear();
                passkey(tenant, next);
                message.addComponentAsFirst(Notice.success(getTranslation("login.passkeyRequired")));
            }
            case LoginResult.SecondFactorNeeded needed -> secondFactor(tenant, next);
            case LoginResult.Failed failed -> fail(getTranslation("login.failed"));
            case LoginResult.Throttled throttled -> fail(getTranslation("login.throttled",
                    Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
        }
    }

    /** The password was right: the code step replaces the form ({@link SecondFactorStep}). */
    private void secondFactor(Tenant tenant, String next) {
        Component[] form = {message, login, password, submit, passkey, forgot};
        for (Component c : form) {
            c.setVisible(false);
        }
        submit.setEnabled(false); // its Enter shortcut belongs to the code step now
        SecondFactorStep[] step = new SecondFactorStep[1];
        step[0] = new SecondFactorStep(tenant, next, () -> {
            content().remove(step[0]);
            for (Component c : form) {
                c.setVisible(true);
            }
            submit.setEnabled(true);
            password.clear();
            password.focus();
        });
        addContent(step[0]);
    }

    /** Signs in with a passkey: no login name; the browser offers the passkeys it has for this host. */
    private void passkey(Tenant tenant, String next) {
        if (previewing()) {
            return;
        }
        message.removeAll();
        errors.clear();
        Optional<PasskeyService.Site> site = PasskeyBrowser.site(tenant);
        if (site.isEmpty()) {
            message.add(Notice.error(getTranslation("passkeys.unavailable")));
            return;
        }
        PasskeyService.Ceremony ceremony;
        try {
            ceremony = UiServices.current().passkeys().startSignIn(tenant, site.get(),
                    UiServices.current().sessions().origin());
        } catch (PasskeyService.TooManySignIns e) {
            message.add(Notice.error(getTranslation("login.passkeyBusy", e.retryAfterSeconds())));
            return;
        }
        PasskeyBrowser.get(this, ceremony.optionsJson(), outcome -> {
            if (outcome.status() != PasskeyBrowser.Status.OK) {
                message.add(Notice.error(getTranslation(PasskeyBrowser.problem(outcome.status()))));
                return;
            }
            UiServices services = UiServices.current();
            LoginResult result;
            try {
                result = services.passkeys().finishSignIn(tenant, ceremony.id(), outcome.json(),
                        PasskeyBrowser.site(tenant).orElseThrow(), services.sessions().origin());
            } catch (ValidationException e) {
                result = new LoginResult.Failed();
            }
            switch (result) {
                case LoginResult.Success success -> {
                    services.sessions().establish(success.user(), "passkey");
                    Location target = new Location(next);
                    UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
                }
                case LoginResult.SecondFactorNeeded needed -> throw new IllegalStateException("a passkey signs in completely");
                case LoginResult.Failed failed -> message.add(Notice.error(getTranslation("login.passkeyFailed")));
                case LoginResult.Throttled throttled -> message.add(Notice.error(getTranslation("login.throttled",
                        Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000))));
            }
        });
    }

    /**
     * The message above the form is the only error: the password keeps what was typed, selected, so
     * typing replaces it; emptying it would also mark the required field red, as a second error.
     */
    private void fail(String text) {
        message.add(Notice.error(text));
        password.focus();
        password.getElement().executeJs("this.inputElement.select()");
    }
}
