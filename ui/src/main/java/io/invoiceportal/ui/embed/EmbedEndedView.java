package io.invoiceportal.ui.embed;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.access.Languages;
import java.util.List;
import java.util.Locale;

/**
 * Inside a partner's iframe there is no login form: the partner signs its customer in again with a
 * new portal session. This page says that the session has ended (after "sign out", or when it
 * expired) and tells the host page {@code invoice-portal:signed-out} or
 * {@code invoice-portal:session-expired}. {@code lang} keeps the language of the page before.
 */
@Route("t/:tenant/embed/ended")
@PublicView
public class EmbedEndedView extends PortalPage {
    public static final String SIGNED_OUT = "signed-out";

    public EmbedEndedView() {
        super(FORM_WIDTH);
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of()).stream()
                .filter(Languages.offered(visit.tenant())::contains).findFirst().ifPresent(language -> {
                    Languages.choose(event.getUI().getSession(), language);
                    event.getUI().setLocale(Locale.forLanguageTag(language));
                });
        String key = signedOut(event) ? "embed.signedOut" : "embed.expired";
        heading(getTranslation(key + ".title"), visit);
        Paragraph text = new Paragraph(getTranslation(key + ".text"));
        text.addClassName("embed-ended");
        addContent(text);
    }

    @Override
    protected String embedEvent(BeforeEnterEvent event) {
        return signedOut(event) ? SIGNED_OUT : "session-expired";
    }

    private static boolean signedOut(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of())
                .contains(SIGNED_OUT);
    }
}
