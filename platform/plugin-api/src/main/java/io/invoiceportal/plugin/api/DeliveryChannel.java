package io.invoiceportal.plugin.api;

import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * Delivers notifications to a customer: a new invoice, the activation of an account, a password
 * reset. E-mail is the built-in channel; a plugin may add others (a webhook, a print service)
 * or replace e-mail entirely.
 *
 * <p><b>Lifecycle.</b> One instance per plugin start, kept until the plugin stops. The portal
 * calls {@link #deliver} from its outbox relay after the change that caused the notification
 * has been committed, so a delivery may be retried: make it idempotent where the medium
 * allows, using {@link Notification#id()} (stable across retries).
 *
 * <p><b>Thread-safety.</b> {@link #deliver} may run concurrently for different notifications.
 *
 * <p><b>Errors.</b> Return {@link DeliveryResult#retry(String)} for passing trouble (the relay
 * tries again later with backoff) and {@link DeliveryResult#fail(String)} when retrying cannot
 * help. An unexpected exception counts as retryable.
 */
public interface DeliveryChannel extends ExtensionPoint {

    /** Stable identifier, lower case {@code [a-z0-9-]+}, such as {@code email} or {@code email-pdf}. */
    String id();

    /** Name shown to customers choosing their channel, in the given locale. */
    String displayName(Locale locale);

    /** Delivers one notification. */
    DeliveryResult deliver(Notification notification, DeliveryContext context);

    /**
     * The settings each tenant may give this channel (a URL, a signing secret, a limit); the
     * same list on every call. The tenant's values arrive in the context of every call.
     * None by default.
     */
    default List<SettingDefinition> settings() {
        return List.of();
    }
}
