package io.invoiceportal.ui.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.NotFoundView;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.login.LoginView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccessGuardTest extends PortalUiTest {

    /** A visitor who is not signed in lands on the tenant's login page, with the page asked for kept in "next". */
    @Test
    void visitorIsSentToLoginWithNext() {
        navigate(path("invoices"));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(currentLocation()).startsWith(path("login") + "?");
        assertThat(currentParameter("next")).isEqualTo(path("invoices"));
    }

    /** A session of tenant A opens none of tenant B's pages: B's invoices send it to B's login page. */
    @Test
    void sessionOfAnotherTenantIsSentToThisTenantsLogin() {
        Tenant other = newTenant("en");
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        signIn(tenant, "korenschoof", "Factuur2026");
        assertThat(currentView()).isInstanceOf(InvoicesView.class);

        navigate("t/" + other.slug() + "/invoices");

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(currentLocation()).startsWith("t/" + other.slug() + "/login");
    }

    /** Deny by default: every tenant route without @PublicView sends a visitor to the login page. */
    @Test
    void everyRouteWithoutPublicViewIsClosed() {
        List<RouteData> closed = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(PublicView.class))
                .toList();
        assertThat(closed).extracting(RouteData::getNavigationTarget).contains(InvoicesView.class);
        for (RouteData route : closed) {
            String template = route.getTemplate();
            String location = template.replace(":tenant", tenant.slug()).replaceAll(":[A-Za-z]+[?*]?", "x");
            navigate(location);
            assertThat(currentView()).as(template).isInstanceOf(LoginView.class);
        }
    }

    /** An unknown tenant is the friendly 404, on public and closed routes alike. */
    @Test
    void unknownTenantIsNotFound() {
        navigate("t/nobody/login");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        navigate("t/nobody/invoices");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    /** Public pages speak the tenant's default language until the visitor picks another with the switch. */
    @Test
    void languageSwitchChangesThePageLanguageForTheSession() {
        Tenant english = newTenant("en");
        navigate("t/" + english.slug() + "/login");
        assertThat(_get(TextField.class).getLabel()).isEqualTo("Login name");

        _click(_get(Button.class, spec -> spec.withText("NL")));

        assertThat(_get(TextField.class).getLabel()).isEqualTo("Login naam");
        navigate("t/" + english.slug() + "/forgot-password");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("nl"));
        _assertOne(Button.class, spec -> spec.withText("Versturen"));
    }

    /** "next" accepts only a relative path under the same tenant. */
    @Test
    void nextPathStaysWithinTheTenant() {
        assertThat(NextPath.accept("demo", "t/demo/invoices")).contains("t/demo/invoices");
        assertThat(NextPath.accept("demo", "t/demo/invoices?page=2")).contains("t/demo/invoices?page=2");
        assertThat(NextPath.accept("demo", "t/other/invoices")).isEmpty();
        assertThat(NextPath.accept("demo", "/t/demo/invoices")).isEmpty();
        assertThat(NextPath.accept("demo", "https://evil.example/t/demo/")).isEmpty();
        assertThat(NextPath.accept("demo", "t/demo/..//evil.example")).isEmpty();
        assertThat(NextPath.accept("demo", "t/demo-two/invoices")).isEmpty();
        assertThat(NextPath.accept("demo", null)).isEmpty();
    }

    /** On a tenant's own host "next" may also be a path at the root, but never one of another tenant or the host's root itself. */
    @Test
    void nextPathOnTheTenantsHost() {
        Visit onHost = new Visit(tenant, java.util.Optional.empty(), false, true);
        Visit elsewhere = new Visit(tenant, java.util.Optional.empty(), false, false);
        assertThat(NextPath.accept(onHost, "invoices?page=2")).contains("invoices?page=2");
        assertThat(NextPath.accept(onHost, path("profile"))).contains(path("profile"));
        assertThat(NextPath.accept(onHost, "t/other/invoices")).isEmpty();
        assertThat(NextPath.accept(onHost, "/invoices")).isEmpty();
        assertThat(NextPath.accept(onHost, "//evil.example/x")).isEmpty();
        assertThat(NextPath.accept(onHost, "https://evil.example/")).isEmpty();
        assertThat(NextPath.accept(elsewhere, "invoices")).isEmpty();
        assertThat(onHost.path("invoices")).isEqualTo("invoices");
        assertThat(elsewhere.path("invoices")).isEqualTo(path("invoices"));
    }

    /** Without a tenant's host name, the tenant pages without the t/{tenant} prefix do not exist. */
    @Test
    void rootPagesNeedATenantHost() {
        for (String location : List.of("", "login", "invoices", "invoices/2026-1", "profile", "forgot-password")) {
            navigate(location);
            assertThat(currentView()).as(location).isInstanceOf(io.invoiceportal.ui.NotFoundView.class);
        }
    }
}
