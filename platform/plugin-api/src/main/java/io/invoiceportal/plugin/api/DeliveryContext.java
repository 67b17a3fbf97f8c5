package io.invoiceportal.plugin.api;

import java.time.Clock;
import java.util.Locale;

/**
 * What a {@link DeliveryChannel} may use.
 *
 * @param tenant the issuing company, with branding and portal URL
 * @param locale the customer's language
 * @param mailer sends e-mail through the portal's configured mail server
 * @param settings channel settings from the portal configuration (may be empty, never null)
 * @param clock the portal's clock
 */
public record DeliveryContext(
        TenantView tenant, Locale locale, MailSender mailer, java.util.Map<String, String> settings, Clock clock) {}
