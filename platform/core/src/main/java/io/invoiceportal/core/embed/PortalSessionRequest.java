package io.invoiceportal.core.embed;

/**
 * An issuer's request for a one-time hand-over of one customer to the portal. {@code embed}
 * (default true) opens the embedded screens; {@code returnUrl} is where the partner wants its
 * customer back (an https URL on one of the tenant's embedOrigins); {@code language} the page
 * language of that session.
 */
public record PortalSessionRequest(String customerNumber, Boolean embed, String returnUrl, String language) {}
