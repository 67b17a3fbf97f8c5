package io.invoiceportal.ui.activation;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.password.TokenPasswordPage;

/** Account activeren: the activation link from the welcome e-mail; the user picks a password. */
@PublicView
@Route("t/:tenant/activate")
@RouteAlias("activate")
public class ActivationView extends TokenPasswordPage {

    public ActivationView() {
        super(TokenPurpose.ACTIVATION, "activation", AccountService::activate);
    }
}
