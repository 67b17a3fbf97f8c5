package io.invoiceportal.core.exportjob;

/** An export job cannot do what was asked of it now; {@link #reason()} says why. */
public class ExportJobRefused extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** Downloaded before it is done (or after it failed). */
        NOT_READY,
        /** Downloaded after its download period ended: the file has been removed. */
        GONE,
        /** The customer has as many jobs queued or running as allowed. */
        TOO_MANY
    }

    private final Reason reason;

    public ExportJobRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
