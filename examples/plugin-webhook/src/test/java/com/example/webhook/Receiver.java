package com.example.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A webhook receiver on this machine (the JDK's HttpServer) that records every request. */
final class Receiver implements AutoCloseable {

    record Request(String signature, String eventId, String contentType, String body, int status) {}

    final List<Request> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> nextStatuses = new ArrayDeque<>();
    private final HttpServer server;
    volatile long delayMillis;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = nextStatus();
            received.add(new Request(exchange.getRequestHeaders().getFirst(Signature.HEADER),
                    exchange.getRequestHeaders().getFirst("Invoice-Portal-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, status));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The answer to the next request only; afterwards 204 again. */
    synchronized void answerNext(int status) {
        nextStatuses.add(status);
    }

    private synchronized int nextStatus() {
        Integer status = nextStatuses.poll();
        return status == null ? 204 : status;
    }

    /** The bodies of the requests answered with 2xx. */
    List<String> accepted() {
        return received.stream().filter(r -> r.status() < 300).map(Request::body).toList();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
