package io.invoiceportal.server.mail;

import com.codahale.metrics.health.HealthCheck;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether the mail server accepts a connection (the {@code smtp} health check). */
public class SmtpHealthCheck extends HealthCheck {
    private static final int TIMEOUT_MILLIS = 3_000;
    private final String host;
    private final int port;

    public SmtpHealthCheck(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    protected Result check() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return Result.healthy(host + ":" + port + " accepts connections");
        } catch (IOException e) {
            return Result.unhealthy(host + ":" + port + " cannot be reached: " + e.getMessage());
        }
    }
}
