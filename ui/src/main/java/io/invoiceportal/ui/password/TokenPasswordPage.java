package io.invoiceportal.ui.password;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.TokenCheck;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.session.SessionWatch;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.layout.PortalPage;
import java.util.List;

/**
 * A page opened from an e-mail link with a one-time {@code token}: the login name (read-only), a
 * new password and its confirmation. A link that is used, expired or unknown gets its own message
 * and a way to a new link instead of the form. After saving, this browser is signed out (the
 * account's sessions end with the new password anyway) and the login page confirms.
 */
public abstract class TokenPasswordPage extends PortalPage {

    /** The account service call that spends the token. */
    protected interface Save {
        void save(AccountService accounts, Tenant tenant, String token, String password, String confirmation,
                Origin origin);
    }

    private final TokenPurpose purpose;
    private final String prefix;
    private final Save save;
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final FieldErrors errors = new FieldErrors(this).bind("password", password).bind("passwordConfirmation", confirmation);

    /** {@code prefix} names the page's texts: {@code <prefix>.title}, {@code .password}, {@code .confirmation}, {@code .done}. */
    protected TokenPasswordPage(TokenPurpose purpose, String prefix, Save save) {
        super(FORM_WIDTH);
        this.purpose = purpose;
        this.prefix = prefix;
        this.save = save;
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        heading(getTranslation(prefix + ".title"), visit);
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        TokenCheck check = token.isBlank() ? new TokenCheck(TokenCheck.Status.UNKNOWN, null)
                : UiServices.current().accounts().checkToken(visit.tenant(), token, purpose);
        if (!check.valid()) {
            addContent(new TokenProblem(visit, purpose, check.status()));
            return;
        }
        login.setLabel(getTranslation("field.login"));
        login.setValue(check.login());
        login.setReadOnly(true);
        login.setAutocomplete(Autocomplete.USERNAME);
        password.setLabel(getTranslation(prefix + ".password"));
        password.setHelperText(getTranslation("password.rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        confirmation.setLabel(getTranslation(prefix + ".confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setRequiredIndicatorVisible(true);
        ComponentTexts.password(password);
        ComponentTexts.password(confirmation);
        Button submit = new Button(getTranslation("button.save"), click -> submit(visit, token));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        addContent(login, password, confirmation, submit);
        content().setAlignItems(FlexComponent.Alignment.STRETCH);
    }

    private void submit(Visit visit, String token) {
        errors.clear();
        try {
            save.save(UiServices.current().accounts(), visit.tenant(), token, password.getValue(), confirmation.getValue(),
                    UiServices.current().sessions().origin());
        } catch (ValidationException e) {
            List<FieldError> other = errors.show(e);
            other.stream().filter(error -> error.field().equals("token")).findFirst()
                    .ifPresent(error -> showTokenProblem(visit, error.message()));
            return;
        }
        SessionWatch.signOut(UI.getCurrent());
        Notice.set(UI.getCurrent(), prefix + ".done");
        UI.getCurrent().navigate(visit.path("login"));
    }

    /** The token went bad while the form was open (e.g. used in another tab). */
    private void showTokenProblem(Visit visit, String key) {
        TokenCheck.Status status = switch (key) {
            case "token.used" -> TokenCheck.Status.USED;
            case "token.expired" -> TokenCheck.Status.EXPIRED;
            default -> TokenCheck.Status.UNKNOWN;
        };
        content().removeAll();
        heading(getTranslation(prefix + ".title"), visit);
        addContent(new TokenProblem(visit, purpose, status));
    }
}
