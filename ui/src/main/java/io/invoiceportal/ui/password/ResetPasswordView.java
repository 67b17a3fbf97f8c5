package io.invoiceportal.ui.password;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.ui.access.PublicView;

/** Nieuw wachtwoord: the link from the password-reset e-mail; the user sets a new password. */
@PublicView
@Route("t/:tenant/reset-password")
@RouteAlias("reset-password")
public class ResetPasswordView extends TokenPasswordPage {

    public ResetPasswordView() {
        super(TokenPurpose.PASSWORD_RESET, "reset", AccountService::resetPassword);
    }
}
