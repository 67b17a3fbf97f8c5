package io.invoiceportal.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of a server (the test PostgreSQL server, a test SMTP server) that a test can
 * cut (every connection dropped, new ones refused) and restore on the same port: an outage
 * without stopping the server other tests use. It can also slow down the server's answers.
 */
public final class TcpProxy implements AutoCloseable {
    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private String targetHost;
    private int targetPort;
    private int port;
    private volatile ServerSocket server;
    private volatile boolean cutOff;
    private volatile long delayMillis;

    /** Starts the proxy towards the server of {@code jdbcUrl}; returns the URL that goes through it. */
    public synchronized String route(String jdbcUrl) {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("no host in " + jdbcUrl);
        }
        targetHost = m.group(1);
        targetPort = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        listen();
        return m.replaceFirst("//127.0.0.1:" + port + "/");
    }

    /** Starts the proxy towards {@code host:port}; returns the port it listens on (on 127.0.0.1). */
    public synchronized int forward(String host, int port) {
        targetHost = host;
        targetPort = port;
        listen();
        return this.port;
    }

    /** Holds back each chunk the server sends by {@code delay} (zero: none), as a slow server or network would. */
    public void slowDown(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    /**
     * Drops every connection and hangs up on new ones at once. The port stays taken, so that no
     * other socket of the machine can be given it while the proxy is cut.
     */
    public synchronized void cut() {
        cutOff = true;
        for (Socket s : open) {
            close(s);
        }
        open.clear();
    }

    /** Passes connections on again, on the same port. */
    public synchronized void restore() {
        cutOff = false;
    }

    @Override
    public synchronized void close() {
        cut();
        close(server);
        server = null;
    }

    private void listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            port = socket.getLocalPort();
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (cutOff) {
                    close(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                // no Nagle delays: a chatty protocol (SMTP's command and reply) would wait for delayed ACKs at every step
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                // closed by cut(), or the client went away
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    long delay = delayMillis;
                    if (answers && delay > 0) {
                        Thread.sleep(delay);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
