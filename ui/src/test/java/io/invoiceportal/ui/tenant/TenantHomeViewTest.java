package io.invoiceportal.ui.tenant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import io.invoiceportal.core.tenant.BrandingInput;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.ui.NotFoundView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantHomeViewTest extends PortalUiTest {

    private static final String HOSTILE_SVG = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";

    /** The landing page shows the tenant's name in the tenant's default language. */
    @Test
    void showsTheTenantNameInItsDefaultLanguage() {
        navigate("t/" + tenant.slug());

        assertThat(_get(H1.class).getText()).isEqualTo(tenant.name());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("nl"));
    }

    /**
     * Logo markup reaches the page only as an image data URI, even markup with a script that got
     * into the database past the service's check.
     */
    @Test
    void logoMarkupOnlyEverReachesThePageAsAnImageDataUri() {
        Tenant branded = tenants.create(new TenantRequest(uniqueSlug("home"), "Demo Supplies B.V.", "nl", null,
                new BrandingInput("#1f6feb", "#8a4b00", "<svg xmlns='http://www.w3.org/2000/svg'/>"),
                null, null)).tenant();
        jdbi.useHandle(h -> h.createUpdate("update tenant set settings = jsonb_set(settings, '{branding,logoSvg}', to_jsonb(:svg))"
                + " where id = :id").bind("svg", HOSTILE_SVG).bind("id", branded.id()).execute());

        navigate("t/" + branded.slug());

        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,").doesNotContain("<script");
    }

    /** An unknown tenant gets the friendly 404 in both languages. */
    @Test
    void unknownTenantShowsTheFriendly404() {
        navigate("t/nobody");

        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("Deze portal bestaat niet", "This portal does not exist");
    }
}
