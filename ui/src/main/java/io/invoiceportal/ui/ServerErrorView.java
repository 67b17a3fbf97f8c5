package io.invoiceportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's own page (English, with the exception) when building a page fails: "Er
 * ging iets mis" in the tenant's look and language, or in the visitor's language. The exception
 * goes to the log only.
 */
public class ServerErrorView extends ErrorScreen implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Page {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        addClassName("server-error");
        Optional<Tenant> tenant = Optional.empty();
        try {
            tenant = tenantOf(event.getLocation());
        } catch (RuntimeException e) {
            LOG.warn("Error page without the tenant's look: {}", e.toString());
        }
        if (tenant.isPresent()) {
            showForTenant(event, tenant.get(), "500");
        } else {
            setAlignItems(Alignment.CENTER);
            add(new H1(getTranslation("error.500.title")), new Paragraph(getTranslation("error.500.text")));
            title(getTranslation("error.500.title"));
        }
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
