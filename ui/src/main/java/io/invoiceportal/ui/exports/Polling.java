package io.invoiceportal.ui.exports;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Map;

/**
 * The screen's polling, shared by the parts that need it (a download request under way, an export
 * job in progress, the session watch): the browser asks the server as often as the most eager of
 * them needs (every second by default) and stops when none does any more, so one part ending cannot
 * stop another's updates.
 */
public final class Polling {
    static final int MILLIS = 1000;

    private Polling() {}

    /** {@code reason} needs the screen to poll every second ({@code true}) or no longer does. */
    public static void need(UI ui, String reason, boolean on) {
        need(ui, reason, MILLIS, on);
    }

    /** {@code reason} needs the screen to poll at least every {@code millis} ({@code true}) or no longer does. */
    public static void need(UI ui, String reason, int millis, boolean on) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> reasons = (Map<String, Integer>) ComponentUtil.getData(ui, Polling.class.getName());
        if (reasons == null) {
            reasons = new HashMap<>();
            ComponentUtil.setData(ui, Polling.class.getName(), reasons);
        }
        if (on) {
            reasons.put(reason, millis);
        } else {
            reasons.remove(reason);
        }
        ui.setPollInterval(reasons.values().stream().mapToInt(Integer::intValue).min().orElse(-1));
    }
}
