package io.invoiceportal.server.account;

import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.tenant.Tenant;
import org.apache.shiro.authc.UsernamePasswordToken;

/**
 * A login name and password for one tenant's portal: the same login in two tenants is two accounts.
 * It carries where the attempt came from (the throttle counts its address; a failure is recorded
 * with it in the activity trail).
 */
public class TenantLoginToken extends UsernamePasswordToken {
    private final transient Tenant tenant;
    private final transient Origin origin;

    public TenantLoginToken(Tenant tenant, String login, String password, String clientAddress) {
        this(tenant, login, password, new Origin(clientAddress, null, null));
    }

    public TenantLoginToken(Tenant tenant, String login, String password, Origin origin) {
        super(login, password == null ? new char[0] : password.toCharArray(), false, origin.ip());
        this.tenant = tenant;
        this.origin = origin;
    }

    public Tenant tenant() {
        return tenant;
    }

    public String clientAddress() {
        return origin.ip();
    }

    public Origin origin() {
        return origin;
    }
}
