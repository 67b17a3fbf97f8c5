package io.invoiceportal.ui.passkey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.tenant.HostNames;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The browser's side of a passkey ceremony: {@code navigator.credentials.create/get} with the
 * server's options (through {@code PublicKeyCredential.parse…OptionsFromJSON}), answered with
 * {@code credential.toJSON()}; and the site (relying party id and origin) of the current request.
 */
public final class PasskeyBrowser {
    private PasskeyBrowser() {}

    /** What the browser did: {@code ok} with the credential's JSON, or why not. */
    public record Outcome(Status status, String json) {}

    public enum Status { OK, UNSUPPORTED, CANCELLED, FAILED }

    private static final String SCRIPT = """
            const parse = $1 === "create" ? "parseCreationOptionsFromJSON" : "parseRequestOptionsFromJSON";
            return (async () => {
              if (!window.PublicKeyCredential || !PublicKeyCredential[parse] || !navigator.credentials) {
                return "unsupported";
              }
              try {
                const publicKey = PublicKeyCredential[parse](JSON.parse($0));
                const credential = $1 === "create" ? await navigator.credentials.create({publicKey})
                    : await navigator.credentials.get({publicKey});
                return credential ? "ok:" + JSON.stringify(credential.toJSON()) : "cancelled";
              } catch (e) {
                return e && (e.name === "NotAllowedError" || e.name === "AbortError") ? "cancelled" : "failed";
              }
            })();""";

    /** Makes a passkey with the creation options; {@code then} gets the outcome. */
    public static void create(Component on, String optionsJson, Consumer<Outcome> then) {
        run(on, optionsJson, "create", then);
    }

    /** Asks for a passkey with the request options; {@code then} gets the outcome. */
    public static void get(Component on, String optionsJson, Consumer<Outcome> then) {
        run(on, optionsJson, "get", then);
    }

    private static void run(Component on, String optionsJson, String what, Consumer<Outcome> then) {
        on.getElement().executeJs(SCRIPT, optionsJson, what).then(String.class, answer -> then.accept(
                answer == null ? new Outcome(Status.FAILED, null)
                        : answer.startsWith("ok:") ? new Outcome(Status.OK, answer.substring(3))
                        : answer.equals("unsupported") ? new Outcome(Status.UNSUPPORTED, null)
                        : answer.equals("cancelled") ? new Outcome(Status.CANCELLED, null)
                        : new Outcome(Status.FAILED, null)),
                error -> then.accept(new Outcome(Status.FAILED, null)));
    }

    /** The passkey site of the request being handled: its host, if passkeys are offered there. */
    public static Optional<PasskeyService.Site> site(Tenant tenant) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        Object host = request.getAttribute(HostNames.REQUEST_ATTRIBUTE);
        String name = host != null ? host.toString() : HostNames.ofHeader(request.getHeader("Host"))
                .orElseGet(() -> hostOf(request.getHeader("Host")));
        return UiServices.current().passkeys().site(tenant, name);
    }

    /** {@code localhost} of {@code localhost:8080} (a name {@link HostNames} does not take: it has no dot). */
    private static String hostOf(String header) {
        if (header == null || header.isBlank() || header.startsWith("[")) {
            return null;
        }
        int colon = header.indexOf(':');
        return (colon < 0 ? header : header.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The message key for an outcome that is not {@code ok}. */
    public static String problem(Status status) {
        return switch (status) {
            case UNSUPPORTED -> "passkeys.unsupported";
            case CANCELLED -> "passkeys.cancelled";
            case OK, FAILED -> "passkeys.failed";
        };
    }
}
