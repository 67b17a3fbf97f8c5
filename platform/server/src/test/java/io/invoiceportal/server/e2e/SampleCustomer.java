package io.invoiceportal.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer of a sample tenant (tenants-sample/) and their invoices as the portal loads them, so
 * the suite knows what each filter and sort must show.
 */
record SampleCustomer(String tenant, String customerNumber, String login, String email, String companyName,
        List<Invoice> invoices) {

    record Invoice(String number, LocalDate issueDate, String category) {}

    static SampleCustomer load(String tenant, String login) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path folder = Path.of("tenants-sample", tenant);
        JsonNode customer = null;
        for (JsonNode c : json.readTree(folder.resolve("customers.json").toFile())) {
            if (c.path("login").asText().equals(login)) {
                customer = c;
            }
        }
        if (customer == null) {
            throw new IllegalStateException("No customer with login " + login + " in " + folder);
        }
        String number = customer.path("customerNumber").asText();
        List<Invoice> invoices = new ArrayList<>();
        for (JsonNode i : json.readTree(folder.resolve("invoices.json").toFile())) {
            if (i.path("customerNumber").asText().equals(number)) {
                invoices.add(new Invoice(i.path("invoiceNumber").asText(), LocalDate.parse(i.path("issueDate").asText()),
                        i.path("category").asText()));
            }
        }
        return new SampleCustomer(tenant, number, login, customer.path("email").asText(),
                customer.path("companyName").asText(), List.copyOf(invoices));
    }

    /**
     * The portal address of the tenant as mails name it: its first host name from tenant.yml with the
     * scheme and port of {@code base} (the public URL), else {@code base/t/{tenant}}.
     */
    String portalUrl(String base) {
        String yml;
        try {
            yml = java.nio.file.Files.readString(Path.of("tenants-sample", tenant, "tenant.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.regex.Matcher hosts = java.util.regex.Pattern.compile("(?m)^hostNames: \\[([^,\\]]+)").matcher(yml);
        if (!hosts.find()) {
            return base + "/t/" + tenant;
        }
        java.net.URI uri = java.net.URI.create(base);
        return uri.getScheme() + "://" + hosts.group(1).strip() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
        return tenant + "/" + login;
    }
}
