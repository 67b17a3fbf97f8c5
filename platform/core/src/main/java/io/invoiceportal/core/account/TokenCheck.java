package io.invoiceportal.core.account;

/** What a link's token is worth: its state and, when valid, the login it belongs to. */
public record TokenCheck(Status status, String login) {

    public enum Status { VALID, USED, EXPIRED, UNKNOWN }

    public boolean valid() {
        return status == Status.VALID;
    }
}
