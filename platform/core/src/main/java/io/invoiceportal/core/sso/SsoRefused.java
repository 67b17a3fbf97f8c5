package io.invoiceportal.core.sso;

/**
 * A sign-on token that was not accepted, with the rule it broke. The reason goes to the log; the
 * person only sees that the link does not work, whatever the reason.
 */
public class SsoRefused extends RuntimeException {

    /** The rule a refused token broke. */
    public enum Reason {
        MALFORMED, TYPE, ALGORITHM, UNKNOWN_KEY, SIGNATURE, ISSUER, AUDIENCE, SUBJECT, NO_EXPIRY, EXPIRED,
        LIFETIME_TOO_LONG, ISSUED_IN_FUTURE, JTI_MISSING, REPLAYED, UNKNOWN_CUSTOMER, ACCOUNT_INACTIVE
    }

    private final Reason reason;

    public SsoRefused(Reason reason) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
