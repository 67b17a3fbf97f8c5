package io.invoiceportal.ui.password;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.TokenCheck;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.login.LoginView;
import java.util.Locale;

/**
 * Why an e-mail link does not work (used, expired or unknown), and the way on: a new link through
 * "forgot password", and the login page for an account that is already active.
 */
class TokenProblem extends VerticalLayout {

    TokenProblem(Visit visit, TokenPurpose purpose, TokenCheck.Status status) {
        addClassName("token-problem");
        setPadding(false);
        String kind = purpose == TokenPurpose.ACTIVATION ? "activation" : "reset";
        add(Notice.error(getTranslation("token." + kind + "." + status.name().toLowerCase(Locale.ROOT))));
        RouterLink forgot = visit.link(getTranslation("token.newLink"), ForgotPasswordView.class, "forgot-password");
        forgot.addClassName("forgot-password");
        add(forgot);
        if (status == TokenCheck.Status.USED) {
            add(visit.link(getTranslation("token.toLogin"), LoginView.class, "login"));
        }
    }
}
