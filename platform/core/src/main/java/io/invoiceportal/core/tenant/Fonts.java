package io.invoiceportal.core.tenant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fonts a tenant may choose: stacks of fonts installed with common systems, so no page,
 * mail or PDF ever loads a font from elsewhere. The id is what settings store.
 */
public final class Fonts {
    /** The default: the system's own sans-serif (what Lumo uses). */
    public static final String DEFAULT = "system";

    private static final Map<String, String> STACKS = new LinkedHashMap<>();

    static {
        STACKS.put("system", "-apple-system, BlinkMacSystemFont, \"Roboto\", \"Segoe UI\", Helvetica, Arial, sans-serif");
        STACKS.put("humanist", "Seravek, \"Gill Sans Nova\", Ubuntu, Calibri, \"DejaVu Sans\", source-sans-pro, sans-serif");
        STACKS.put("geometric", "Avenir, Montserrat, Corbel, \"URW Gothic\", source-sans-pro, sans-serif");
        STACKS.put("transitional", "Charter, \"Bitstream Charter\", \"Sitka Text\", Cambria, \"DejaVu Serif\", serif");
        STACKS.put("old-style", "\"Iowan Old Style\", \"Palatino Linotype\", \"URW Palladio L\", P052, serif");
        STACKS.put("monospace", "ui-monospace, \"Cascadia Code\", \"Source Code Pro\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace");
    }

    private Fonts() {}

    /** The ids, in the order a picker shows them. */
    public static java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(STACKS.keySet());
    }

    /** The CSS font stack of {@code id}; the default stack for null or an unknown id. */
    public static String stack(String id) {
        return STACKS.getOrDefault(id == null ? DEFAULT : id, STACKS.get(DEFAULT));
    }
}
