package io.invoiceportal.server.mfa;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.auth.Principals;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code security.mfa = required}: a signed-in customer without a second factor can use only the
 * second-factor endpoints ({@code …/me/mfa…}) until enrolled; everything else of {@code /me} is a
 * 403 {@code mfa_enrolment_required}. Signing out ({@code DELETE …/session}) is not a customer
 * endpoint and stays open.
 */
@CustomerOnly
@Priority(Priorities.AUTHORIZATION)
public class MfaEnrolmentFilter implements ContainerRequestFilter {
    private static final Pattern OPEN = Pattern.compile("/?v1/tenants/[^/]+/me/mfa(/.*)?");
    private final MfaService mfa;

    public MfaEnrolmentFilter(MfaService mfa) {
        this.mfa = mfa;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<SignedIn> user = Principals.user(request);
        Optional<Tenant> tenant = Principals.tenant(request);
        if (user.isEmpty() || tenant.isEmpty() || OPEN.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        if (mfa.enrolmentRequired(tenant.get(), user.get())) {
            request.abortWith(ApiError.response(403, "mfa_enrolment_required", "This portal requires two-step"
                    + " verification: enrol first (POST /api/v1/tenants/" + tenant.get().slug() + "/me/mfa/totp)"));
        }
    }
}
