package io.invoiceportal.ui.exports;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.Set;

/**
 * The screen's polling, shared by the parts that need it (a download request under way, an export
 * job in progress): the browser asks the server every second while any of them does, and stops
 * when none does any more, so one part ending cannot stop another's updates.
 */
public final class Polling {
    static final int MILLIS = 1000;

    private Polling() {}

    /** {@code reason} needs the screen to poll ({@code true}) or no longer does. */
    public static void need(UI ui, String reason, boolean on) {
        @SuppressWarnings("unchecked")
        Set<String> reasons = (Set<String>) ComponentUtil.getData(ui, Polling.class.getName());
        if (reasons == null) {
            reasons = new HashSet<>();
            ComponentUtil.setData(ui, Polling.class.getName(), reasons);
        }
        if (on) {
            reasons.add(reason);
        } else {
            reasons.remove(reason);
        }
        ui.setPollInterval(reasons.isEmpty() ? -1 : MILLIS);
    }
}
