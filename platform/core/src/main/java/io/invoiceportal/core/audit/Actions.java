package io.invoiceportal.core.audit;

import java.util.List;

/** The actions of a customer's activity trail (docs/api.md lists them); the screen shows each in words. */
public final class Actions {
    private Actions() {}

    public static final String SIGNED_IN = "account.signed-in";
    public static final String SIGN_IN_FAILED = "account.sign-in-failed";
    /** Not written any more: a sign-out is {@code session.ended} with reason {@code signed-out}. */
    public static final String SIGNED_OUT = "account.signed-out";
    public static final String ACTIVATED = "account.activated";
    public static final String PASSWORD_CHANGED = "account.password-changed";
    public static final String PASSWORD_RESET = "account.password-reset";
    public static final String PROFILE_SAVED = "customer.profile-saved";
    public static final String INVOICE_OPENED = "invoice.opened";
    public static final String INVOICE_DOWNLOADED = "invoice.downloaded";
    public static final String EXPORT_JOB_CREATED = "export-job.created";
    public static final String EXPORT_JOB_DOWNLOADED = "export-job.downloaded";

    /** The actor of a customer's own action. */
    public static String customer(String login) {
        return "customer:" + login;
    }

    /** Every action this portal records in a customer's trail, the other helpers' included. */
    public static final List<String> ALL = List.of(SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT, ACTIVATED, PASSWORD_CHANGED,
            PASSWORD_RESET, PROFILE_SAVED, "session.ended", "mfa.totp-enabled", "mfa.totp-disabled",
            "mfa.recovery-codes-created", "mfa.recovery-code-used", "passkey.added", "passkey.removed",
            INVOICE_OPENED, INVOICE_DOWNLOADED, EXPORT_JOB_CREATED, EXPORT_JOB_DOWNLOADED);
}
