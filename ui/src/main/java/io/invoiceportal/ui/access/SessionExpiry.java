package io.invoiceportal.ui.access;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a browser goes when its session has ended: never an error. Vaadin's own page requests for a
 * tenant page go to that tenant's login page; the requests of an open page (whose address is the
 * portal's root) get no address, so the browser loads the page it shows again, and the route guard
 * sends it to the login page with that page as {@code next}.
 */
public class SessionExpiry implements SystemMessagesProvider {

    private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([a-z0-9][a-z0-9-]{0,62})(/.*)?$");

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(loginPage(info.getRequest()));
        return messages;
    }

    private static String loginPage(VaadinRequest request) {
        String path = request == null ? null : request.getPathInfo();
        Matcher tenantPage = TENANT_PAGE.matcher(path == null ? "" : path);
        return tenantPage.matches() ? "/t/" + tenantPage.group(1) + "/login" : null;
    }
}
