package io.invoiceportal.server.account;

import io.invoiceportal.core.tenant.Tenant;
import org.apache.shiro.authc.UsernamePasswordToken;

/** A login name and password for one tenant's portal: the same login in two tenants is two accounts. */
public class TenantLoginToken extends UsernamePasswordToken {
    private final transient Tenant tenant;
    private final String clientAddress;

    public TenantLoginToken(Tenant tenant, String login, String password, String clientAddress) {
        super(login, password == null ? new char[0] : password.toCharArray(), false, clientAddress);
        this.tenant = tenant;
        this.clientAddress = clientAddress;
    }

    public Tenant tenant() {
        return tenant;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
