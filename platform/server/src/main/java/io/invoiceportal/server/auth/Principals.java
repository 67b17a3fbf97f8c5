package io.invoiceportal.server.auth;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;

/**
 * Makes what the authentication filters resolved injectable into resource methods, typed:
 * {@code @Context Tenant tenant} (every {@link IssuerOnly}, {@link PublicTenant} or
 * {@link CustomerOnly} resource) and {@code @Context SignedIn user} ({@link CustomerOnly} only).
 */
public final class Principals extends AbstractBinder {
    private static final String TENANT = "io.invoiceportal.tenant";
    private static final String USER = "io.invoiceportal.user";

    static void setTenant(ContainerRequestContext request, Tenant tenant) {
        request.setProperty(TENANT, tenant);
    }

    static void setUser(ContainerRequestContext request, SignedIn user) {
        request.setProperty(USER, user);
    }

    /** The signed-in user the customer filter resolved for this request, for filters that run after it. */
    public static java.util.Optional<SignedIn> user(ContainerRequestContext request) {
        return request.getProperty(USER) instanceof SignedIn user ? java.util.Optional.of(user) : java.util.Optional.empty();
    }

    /** The tenant the filters resolved for this request. */
    public static java.util.Optional<Tenant> tenant(ContainerRequestContext request) {
        return request.getProperty(TENANT) instanceof Tenant tenant ? java.util.Optional.of(tenant) : java.util.Optional.empty();
    }

    @Override
    protected void configure() {
        bindFactory(TenantSupplier.class).to(Tenant.class).in(RequestScoped.class);
        bindFactory(UserSupplier.class).to(SignedIn.class).in(RequestScoped.class);
    }

    static final class TenantSupplier implements Supplier<Tenant> {
        private final Provider<ContainerRequestContext> request;

        @Inject
        TenantSupplier(Provider<ContainerRequestContext> request) {
            this.request = request;
        }

        @Override
        public Tenant get() {
            if (!(request.get().getProperty(TENANT) instanceof Tenant tenant)) {
                throw new IllegalStateException("no tenant resolved for this resource; is it annotated?");
            }
            return tenant;
        }
    }

    static final class UserSupplier implements Supplier<SignedIn> {
        private final Provider<ContainerRequestContext> request;

        @Inject
        UserSupplier(Provider<ContainerRequestContext> request) {
            this.request = request;
        }

        @Override
        public SignedIn get() {
            if (!(request.get().getProperty(USER) instanceof SignedIn user)) {
                throw new IllegalStateException("no signed-in user for this resource; is it @CustomerOnly?");
            }
            return user;
        }
    }
}
