package io.invoiceportal.core.audit;

/**
 * Where an audited action came from: the client's IP address and user agent (either may be null)
 * and {@code via}, the way in: {@link #UI}, {@link #REST}, {@link #EMBED}, {@link #API} (an
 * issuer's key) or {@link #SYSTEM}.
 */
public record Origin(String ip, String userAgent, String via) {
    public static final String UI = "ui";
    public static final String REST = "rest";
    public static final String EMBED = "embed";
    public static final String API = "api";
    public static final String SYSTEM = "system";
    /** Longest user agent kept. */
    static final int MAX_USER_AGENT = 300;

    /** An action the portal did by itself (a job, a sweeper). */
    public static final Origin SYSTEM_ORIGIN = new Origin(null, null, SYSTEM);
    /** Nothing known of where it came from. */
    public static final Origin UNKNOWN = new Origin(null, null, null);

    public Origin {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
