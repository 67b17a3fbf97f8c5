package io.invoiceportal.server.exportjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tenants, customers and invoices for the export job tests, made through the API; and reading the ZIPs. */
final class ExportJobData {
    private ExportJobData() {}

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenant; returns its API key. */
    static String tenant(Http api, String slug, String name) {
        return api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", name)).json().path("apiKey").asText();
    }

    static void customer(Http api, String slug, String key, String number, String email) {
        assertThat(api.put("/v1/tenants/" + slug + "/customers/" + number, key, Map.of("companyName", "Klant " + number,
                "email", email, "language", "nl", "login", number)).status()).isIn(200, 201);
    }

    /** {@code count} invoices {@code prefix}-1 … issued on consecutive days from 2026-01-01. */
    static void invoices(Http api, String slug, String key, String customer, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            assertThat(api.post("/v1/tenants/" + slug + "/invoices", key, Map.of("invoiceNumber", prefix + "-" + i,
                    "customerNumber", customer, "issueDate", java.time.LocalDate.of(2026, 1, 1).plusDays(i - 1).toString(),
                    "dueDate", "2026-12-31", "currency", "EUR", "category", i % 2 == 0 ? "Energie" : "Huur",
                    "lines", List.of(Map.of("name", "x", "quantity", "1", "unitPrice", "10", "vatCategory", "S",
                            "vatRate", "21")))).status()).isEqualTo(201);
        }
    }

    /** A client signed in as the customer. */
    static Http signIn(String base, String slug, String login, String password) {
        Http http = new Http(base);
        assertThat(http.post("/v1/tenants/" + slug + "/session", null, Map.of("login", login, "password", password))
                .status()).isEqualTo(200);
        return http;
    }

    /** The job once it has left queued and running. */
    static JsonNode finished(Http customer, String slug, long id, Duration within) {
        String path = "/v1/tenants/" + slug + "/me/export-jobs/" + id;
        await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> {
            String state = customer.get(path, null).json().path("state").asText();
            return !state.equals("queued") && !state.equals("running");
        });
        return customer.get(path, null).json();
    }

    /** The entries of a ZIP, name to content, in order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The rows of manifest.csv without its header. */
    static List<String> manifest(Map<String, byte[]> entries) {
        List<String> rows = new ArrayList<>(List.of(new String(entries.get("manifest.csv"), StandardCharsets.UTF_8)
                .split("\r\n")));
        assertThat(rows.remove(0)).isEqualTo("invoiceNumber,fileName,format,status,error");
        return rows;
    }
}
