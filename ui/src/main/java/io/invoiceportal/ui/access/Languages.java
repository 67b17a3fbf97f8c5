package io.invoiceportal.ui.access;

import com.vaadin.flow.server.VaadinSession;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page language: the one a hand-over asked for this session (a portal session's {@code language}),
 * else the signed-in user's, else the one picked with the language switch in this
 * session, else the tenant's default. Only languages the UI has texts for count.
 */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("nl", "en");
    /** HTTP session attribute: the language a hand-over asked for this session. */
    public static final String HANDED_OVER = Languages.class.getName() + ".handedOver";
    private static final String CHOSEN = Languages.class.getName() + ".chosen";

    private Languages() {}

    /** The languages the switch offers for this tenant (its own list, limited to the supported ones). */
    public static List<String> offered(Tenant tenant) {
        List<String> offered = tenant.languages().stream().filter(SUPPORTED::contains).toList();
        return offered.isEmpty() ? SUPPORTED : offered;
    }

    public static Locale localeFor(Tenant tenant, Optional<SignedIn> user, VaadinSession session) {
        String language = Optional.ofNullable(session.getSession())
                .map(http -> (String) http.getAttribute(HANDED_OVER)).filter(SUPPORTED::contains)
                .or(() -> user.map(SignedIn::language).filter(SUPPORTED::contains))
                .or(() -> Optional.ofNullable((String) session.getAttribute(CHOSEN)).filter(offered(tenant)::contains))
                .orElse(SUPPORTED.contains(tenant.defaultLanguage()) ? tenant.defaultLanguage() : SUPPORTED.get(0));
        return Locale.forLanguageTag(language);
    }

    /** The user saved a language in the profile: the hand-over's language no longer counts. */
    public static void forgetHandedOver(VaadinSession session) {
        if (session.getSession() != null) {
            session.getSession().removeAttribute(HANDED_OVER);
        }
    }

    /** Remembers the visitor's choice for the rest of the session. */
    public static void choose(VaadinSession session, String language) {
        if (SUPPORTED.contains(language)) {
            session.setAttribute(CHOSEN, language);
        }
    }
}
