package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Style;
import io.invoiceportal.core.tenant.BrandingCheck;
import io.invoiceportal.core.tenant.Contrast;
import io.invoiceportal.core.tenant.Favicon;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.core.tenant.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's look as CSS custom properties, applied at runtime (one Lumo theme serves every tenant):
 * Lumo's primary colour (buttons, links, focus rings, checked and selected states) and font, and the
 * header band in the accent colour. The text drawn on each colour is worked out here, white or
 * near-black, so it is readable (WCAG AA) whatever colour was stored.
 */
public final class BrandStyle {
    private BrandStyle() {}

    /** The custom properties of {@code tenant}'s look, name to value; every value is computed, never stored text. */
    public static Map<String, String> properties(Tenant tenant) {
        Tenant.Branding b = tenant.branding();
        String primary = colour(b == null ? null : b.primaryColor(), BrandingCheck.DEFAULT_PRIMARY);
        String accent = colour(b == null ? null : b.accentColor(), BrandingCheck.DEFAULT_ACCENT);
        String tint = Contrast.blend(primary, Contrast.WHITE, 0.1);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("--lumo-primary-color", primary);
        properties.put("--lumo-primary-color-50pct", rgba(primary, 0.5));
        properties.put("--lumo-primary-color-10pct", rgba(primary, 0.1));
        // links and tertiary buttons: the primary colour, darkened where it is too light to read on white or its tint
        properties.put("--lumo-primary-text-color", Contrast.readableOn(primary, tint));
        properties.put("--lumo-primary-contrast-color", Contrast.textOn(primary));
        properties.put("--lumo-font-family", Fonts.stack(b == null ? null : b.fontFamily()));
        properties.put("--portal-header-color", accent);
        properties.put("--portal-header-text-color", Contrast.textOn(accent));
        // logos are mostly drawn for a light background: on a dark header they sit on a white plate
        properties.put("--portal-logo-background", Contrast.textOn(accent).equals(Contrast.WHITE) ? Contrast.WHITE : "transparent");
        return properties;
    }

    /**
     * Puts {@code tenant}'s look on the whole page of {@code ui} (the body, so overlays get it too) and
     * points the page's icon at the tenant's. Every tenant screen calls this on entry, embedded or not.
     */
    public static void apply(UI ui, Tenant tenant) {
        Style style = ui.getElement().getStyle();
        properties(tenant).forEach(style::set);
        String icon = iconUrl(tenant);
        if (!icon.equals(ComponentUtil.getData(ui, "portal.icon"))) {
            ComponentUtil.setData(ui, "portal.icon", icon);
            ui.getPage().executeJs("""
                    document.head.querySelectorAll('link[rel~=icon]').forEach(link => link.remove());
                    const link = document.createElement('link');
                    link.rel = 'icon';
                    link.href = $0;
                    document.head.appendChild(link);""", icon);
        }
    }

    /** The address of the tenant's icon; it changes when the icon does, so browsers may cache it. */
    public static String iconUrl(Tenant tenant) {
        return "/t/" + tenant.slug() + "/favicon?v=" + Favicon.of(tenant).map(Favicon::version).orElse("default");
    }

    /** The stored colour, or the portal's default where it is missing or not {@code #rrggbb}. */
    private static String colour(String stored, String standard) {
        return Contrast.normalised(stored).orElse(standard);
    }

    private static String rgba(String colour, double alpha) {
        int[] rgb = Contrast.rgb(colour);
        return "rgba(" + rgb[0] + ", " + rgb[1] + ", " + rgb[2] + ", " + alpha + ")";
    }
}
