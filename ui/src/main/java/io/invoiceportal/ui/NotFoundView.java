package io.invoiceportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Locale;
import java.util.Optional;

/**
 * The friendly 404. An unknown page of a tenant is shown in that tenant's look and language; for an
 * unknown tenant the visitor's language is unknown here, so the page speaks both Dutch and English.
 */
public class NotFoundView extends ErrorScreen implements HasErrorParameter<NotFoundException> {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ENGLISH = Locale.ENGLISH;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("not-found");
        Optional<Tenant> tenant = tenantOf(event.getLocation());
        if (tenant.isPresent()) {
            showForTenant(event, tenant.get(), "404");
        } else {
            setAlignItems(Alignment.CENTER);
            add(new H1(getTranslation(DUTCH, "notfound.title") + " / " + getTranslation(ENGLISH, "notfound.title")),
                    new Paragraph(getTranslation(DUTCH, "notfound.hint")),
                    new Paragraph(getTranslation(ENGLISH, "notfound.hint")));
            title(getTranslation(ENGLISH, "notfound.title"));
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
