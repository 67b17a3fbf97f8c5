package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.embed.EmbedFrame;
import io.invoiceportal.ui.session.SessionWatch;

/**
 * The page frame of every tenant screen: the tenant's look ({@link BrandStyle}), the {@link PortalHeader},
 * a centred column for the screen's content and the tenant's {@link PortalFooter}; an embedded page
 * (in a partner's iframe) has the slim {@link EmbedBar} and no footer. A screen fills the column in
 * {@link #render}, called on every entry, so the page is always built in the language the guard picked.
 */
public abstract class PortalPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Column width of form screens. */
    protected static final String FORM_WIDTH = "420px";

    private final String contentWidth;
    private final VerticalLayout content = new VerticalLayout();
    private String title = "Invoice Portal";
    private boolean previewing;

    protected PortalPage(String contentWidth) {
        this.contentWidth = contentWidth;
        setPadding(false);
        setSpacing(false);
        setSizeFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Visit visit = previewed(Visit.of(event), event);
        removeAll();
        content.removeAll();
        content.addClassName("portal-content");
        content.setWidthFull();
        content.setMaxWidth(contentWidth);
        content.setPadding(true);
        content.getStyle().set("box-sizing", "border-box").set("margin", "0 auto");
        add(visit.embedded() ? new EmbedBar(visit) : new PortalHeader(visit), content);
        BrandStyle.apply(event.getUI(), visit.tenant());
        // Lumo's success green under white notification text is 4.3:1; a darker green reaches 4.5:1 (axe color-contrast)
        event.getUI().getElement().getStyle().set("--lumo-success-color", "#14703a");
        ComponentTexts.page(event.getUI(), this);
        title = visit.tenant().displayName();
        SessionWatch.follow(event.getUI(), visit.tenant(), visit.user().isPresent());
        if (visit.embedded()) {
            // as tall as its content: the host page sizes the iframe to it (invoice-portal:resize)
            setHeight(null);
            addClassName("embedded-page");
        }
        render(visit, event);
        if (visit.embedded()) {
            EmbedFrame.shown(event.getUI(), visit.tenant(), event.getLocation().getPath(), embedEvent(event));
            return;
        }
        PortalFooter.of(visit.tenant(), event.getUI().getLocale()).ifPresent(this::add);
    }

    /** What an embedded page tells the host page when it is shown. */
    protected String embedEvent(BeforeEnterEvent event) {
        return "navigate";
    }

    /** Whether this screen shows branding previewed with {@code ?preview=token} (see {@link #previewing()}). */
    protected boolean previewable() {
        return false;
    }

    /** Whether this entry shows previewed branding, not the tenant's saved one. */
    protected boolean previewing() {
        return previewing;
    }

    /** The visit with the previewed branding of a valid {@code ?preview=} token of this tenant, else as it is. */
    private Visit previewed(Visit visit, BeforeEnterEvent event) {
        previewing = false;
        if (!previewable()) {
            return visit;
        }
        return event.getLocation().getQueryParameters().getSingleParameter("preview")
                .flatMap(token -> io.invoiceportal.ui.UiServices.current().tenants().preview(visit.tenant(), token))
                .map(branding -> {
                    previewing = true;
                    return new Visit(visit.tenant().withBranding(branding), visit.user(), visit.embedded(), visit.onOwnHost());
                })
                .orElse(visit);
    }

    /** Builds the screen into {@link #content()}; may also forward the event elsewhere. */
    protected abstract void render(Visit visit, BeforeEnterEvent event);

    protected VerticalLayout content() {
        return content;
    }

    /** Adds the screen's heading and makes it part of the browser tab title. */
    protected H1 heading(String text, Visit visit) {
        H1 heading = new H1(text);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        String name = visit.tenant().displayName();
        title = text.equals(name) ? text : text + " – " + name;
        content.add(heading);
        return heading;
    }

    protected void addContent(Component... components) {
        content.add(components);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
