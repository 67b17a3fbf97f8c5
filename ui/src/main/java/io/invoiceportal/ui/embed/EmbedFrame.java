package io.invoiceportal.ui.embed;

import com.vaadin.flow.component.UI;
import io.invoiceportal.core.tenant.Tenant;

/**
 * The embedded pages' side of the conversation with the host page: {@code embed/portal-frame.js}
 * posts {@code invoice-portal:*} messages to the parent, only to one of the tenant's embedOrigins
 * (rendered here into the page), and keeps telling the page's height.
 */
public final class EmbedFrame {
    private static final String SCRIPT = "context://embed/portal-frame.js";

    private EmbedFrame() {}

    /** Tells the host page that this page is shown ({@code navigate}, or {@code signed-out}/{@code session-expired}). */
    public static void shown(UI ui, Tenant tenant, String path, String event) {
        ui.getPage().addJavaScript(SCRIPT);
        ui.getPage().executeJs("window.InvoicePortalFrame && window.InvoicePortalFrame.show($0, $1, $2)",
                tenant.embedOrigins().toArray(String[]::new), "/" + path, event);
    }
}
