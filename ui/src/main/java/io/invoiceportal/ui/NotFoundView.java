package io.invoiceportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import java.util.Locale;

/**
 * The friendly 404 for unknown routes and unknown tenants. The visitor's language is unknown here,
 * so the page speaks both Dutch and English.
 */
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ENGLISH = Locale.ENGLISH;

    public NotFoundView() {
        addClassName("not-found");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation(DUTCH, "notfound.title") + " / " + getTranslation(ENGLISH, "notfound.title")),
                new Paragraph(getTranslation(DUTCH, "notfound.hint")),
                new Paragraph(getTranslation(ENGLISH, "notfound.hint")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        event.getUI().getPage().setTitle(getTranslation(ENGLISH, "notfound.title"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
