package io.invoiceportal.server.account;

import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;

/**
 * Binds the Shiro subject to every request of the application port (UI and API). Sessions are
 * the servlet container's, so Vaadin and Shiro share one HttpSession. No rememberMe. Access
 * rules are applied by the REST filters and the Vaadin route guard, closed unless marked public.
 */
public class PortalShiroFilter extends AbstractShiroFilter {

    public PortalShiroFilter(PortalRealm realm) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(realm);
        manager.setRememberMeManager(null);
        setSecurityManager(manager);
    }
}
