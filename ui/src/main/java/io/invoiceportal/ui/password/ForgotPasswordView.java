package io.invoiceportal.ui.password;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.FieldErrors;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.login.LoginView;

/**
 * Wachtwoord vergeten: login name and e-mail address. The answer is the same whether or not they
 * belong to an account, so the page reveals nothing; the e-mail goes out only on a match.
 */
@PublicView
@Route("t/:tenant/forgot-password")
@RouteAlias("forgot-password")
public class ForgotPasswordView extends PortalPage {

    private final TextField login = new TextField();
    private final EmailField email = new EmailField();
    private final FieldErrors errors = new FieldErrors(this).bind("login", login).bind("email", email);

    public ForgotPasswordView() {
        super(FORM_WIDTH);
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        heading(getTranslation("forgot.title"), visit);
        login.setLabel(getTranslation("field.login"));
        login.setAutocomplete(Autocomplete.USERNAME);
        login.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("field.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        Button submit = new Button(getTranslation("forgot.button"), click -> submit(visit));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        addContent(new Paragraph(getTranslation("forgot.intro")), login, email, submit, backToLogin(visit));
        content().setAlignItems(FlexComponent.Alignment.STRETCH);
    }

    private void submit(Visit visit) {
        errors.clear();
        if (login.getValue().isBlank()) {
            errors.mark("login", "field.required");
        }
        if (email.getValue().isBlank()) {
            errors.mark("email", "field.required");
        }
        if (login.isInvalid() || email.isInvalid()) {
            return;
        }
        UiServices.current().accounts().requestPasswordReset(visit.tenant(), login.getValue().strip(), email.getValue().strip());
        content().removeAll();
        heading(getTranslation("forgot.title"), visit);
        addContent(Notice.success(getTranslation("forgot.sent")), backToLogin(visit));
    }

    private RouterLink backToLogin(Visit visit) {
        RouterLink link = visit.link(getTranslation("forgot.back"), LoginView.class, "login");
        link.addClassName("back-to-login");
        return link;
    }
}
