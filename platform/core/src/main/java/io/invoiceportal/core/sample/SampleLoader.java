package io.invoiceportal.core.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.PasswordHasher;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.outbox.OutboxDao;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.tenant.BrandingCheck;
import io.invoiceportal.core.tenant.BrandingInput;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.tenant.TenantDao;
import io.invoiceportal.core.tenant.TenantService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample tenants of {@code tenants-sample/} through the same services as the REST API
 * (a tenant's {@code timeZone}, {@code enabledFormats} and {@code enabledChannels} through its
 * settings, as an issuer would change them; a listed format whose plugin is not installed is kept
 * enabled and offered once the plugin is there).
 * Idempotent: what exists already is left as it is, but for the branding, which is set to the
 * sample's (see {@link #brand}); while a tenant's customers.json and invoices.json are what it last
 * loaded (their hash in {@code sample_load}), they are not read again. Sample customers marked {@code demoActivated}
 * get the demo password; the others keep their activation e-mail.
 */
public class SampleLoader {
    /** Password of the activated sample accounts (sample data only; printed in the README). */
    public static final String DEMO_PASSWORD = "Factuur2026";
    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Jdbi jdbi;
    private final TenantService tenants;
    private final CustomerService customers;
    private final InvoiceBatchService invoices;
    private final PasswordHasher hasher;

    public SampleLoader(Jdbi jdbi, TenantService tenants, CustomerService customers, InvoiceBatchService invoices,
            PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.tenants = tenants;
        this.customers = customers;
        this.invoices = invoices;
        this.hasher = hasher;
    }

    /** Loads every tenant folder (one with a {@code tenant.yml}) under {@code directory}. */
    public List<String> loadAll(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Sample folder " + directory.toAbsolutePath() + " does not exist");
        }
        List<String> loaded = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("tenant.yml"))).sorted().toList()) {
                loaded.add(load(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    /** Loads one tenant folder; returns its slug. */
    public String load(Path dir) throws IOException {
        JsonNode yml = YAML.readTree(dir.resolve("tenant.yml").toFile());
        String slug = yml.path("slug").asText();
        Tenant tenant = tenants.findBySlug(slug).map(t -> brand(t, dir, yml)).orElseGet(() -> createTenant(dir, yml));
        partnerDemo(tenant, yml);
        byte[] content = contentHash(dir);
        if (jdbi.withExtension(SampleLoadDao.class, dao -> dao.contentHash(tenant.id()))
                .filter(loaded -> Arrays.equals(loaded, content)).isPresent()) {
            LOG.info("Sample tenant {}: customers and invoices unchanged since they were loaded", slug);
            return slug;
        }
        String hash = null;
        int newCustomers = 0;
        for (JsonNode node : Json.MAPPER.readTree(dir.resolve("customers.json").toFile())) {
            ObjectNode body = ((ObjectNode) node).deepCopy();
            String number = body.remove("customerNumber").asText();
            boolean activated = body.remove("demoActivated").asBoolean(false);
            if (customers.find(tenant, number).isPresent()) {
                continue;
            }
            customers.put(tenant, number, Json.MAPPER.treeToValue(body, CustomerRequest.class), "sample-loader");
            newCustomers++;
            if (activated) {
                hash = hash != null ? hash : hasher.hash(DEMO_PASSWORD);
                Customer customer = customers.get(tenant, number);
                String h = hash;
                jdbi.useTransaction(handle -> {
                    handle.attach(AccountDao.class).activate(tenant.id(), customer.id(), h);
                    // an activated demo account needs no activation e-mail
                    handle.attach(OutboxDao.class).discardQueued(tenant.id(), OutboxKind.ACTIVATION, customer.id());
                });
            }
        }
        int newInvoices = publish(tenant, dir.resolve("invoices.json"));
        if (newInvoices > 0) {
            // sample history is not news: no notification for each of a thousand old invoices
            jdbi.useExtension(OutboxDao.class, dao -> dao.discardQueued(tenant.id(), OutboxKind.NEW_INVOICE, null));
        }
        jdbi.useExtension(SampleLoadDao.class, dao -> dao.store(tenant.id(), content));
        LOG.info("Sample tenant {}: {} new customers, {} new invoices", slug, newCustomers, newInvoices);
        return slug;
    }

    /**
     * Publishes the sample's invoices as a batch request would, a chunk per transaction with one
     * statement per table (one by one, 2,000 invoices took most of a first start); returns how many
     * were new. Sample data that is refused stops the load.
     */
    private int publish(Tenant tenant, Path file) throws IOException {
        List<InvoiceBatchService.Item> items = new ArrayList<>();
        for (JsonNode node : Json.MAPPER.readTree(file.toFile())) {
            items.add(InvoiceBatchService.Item.of(items.size(), Json.MAPPER.treeToValue(node, InvoiceRequest.class)));
        }
        int created = 0;
        for (int from = 0; from < items.size(); from += InvoiceBatchService.CHUNK) {
            List<InvoiceBatchService.Item> chunk = items.subList(from, Math.min(items.size(), from + InvoiceBatchService.CHUNK));
            for (InvoiceBatchService.Result result : invoices.publish(tenant, chunk, "sample-loader")) {
                if (result.status() == InvoiceBatchService.Status.ERROR) {
                    throw new IllegalStateException("Sample invoice " + result.invoiceNumber() + " of " + file
                            + " was refused: " + result.code() + " " + result.errors());
                }
                created += result.status() == InvoiceBatchService.Status.CREATED ? 1 : 0;
            }
        }
        return created;
    }

    /**
     * SHA-256 of the folder's customers and invoices as files. Once they are loaded, a later load
     * with the same files has nothing to add (customers and invoices are only ever added), so it
     * skips them rather than checking 2,000 invoices one by one at every start.
     */
    private static byte[] contentHash(Path dir) throws IOException {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        for (String file : List.of("customers.json", "invoices.json")) {
            hashes.writeBytes(Hashes.sha256(Files.readAllBytes(dir.resolve(file))));
        }
        return Hashes.sha256(hashes.toByteArray());
    }

    /**
     * For the sample partner site: the sample's {@code embedOrigins} while the tenant has none, and
     * its {@code demoApiKey} (sample data only, like the demo password) as one of the tenant's keys.
     */
    private void partnerDemo(Tenant tenant, JsonNode yml) {
        List<String> origins = texts(yml.path("embedOrigins"));
        if (origins != null && tenant.embedOrigins().isEmpty()) {
            tenants.updateSettings(tenant, new SettingsRequest(null, null, null, null, origins, null, null, null),
                    Set.of(), Set.copyOf(tenant.enabledChannels()), Map.of());
        }
        String demoKey = yml.path("demoApiKey").asText(null);
        if (demoKey != null) {
            jdbi.useExtension(TenantDao.class, dao -> dao.insertApiKeyIfAbsent(tenant.id(), Hashes.sha256(demoKey)));
        }
    }

    /** The strings of a YAML list, or {@code null} when the key is absent (the tenant defaults stay). */
    private static List<String> texts(JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /**
     * The sample's branding of {@code tenant.yml}, with {@code logo.svg} (as {@code logoSvg}) and
     * {@code favicon.svg} (as a data URI) when the folder has them.
     */
    private static ObjectNode branding(Path dir, JsonNode yml) throws IOException {
        ObjectNode branding = yml.path("branding").isObject() ? ((ObjectNode) yml.path("branding")).deepCopy()
                : Json.MAPPER.createObjectNode();
        Path logo = dir.resolve("logo.svg");
        if (Files.isRegularFile(logo)) {
            branding.put("logoSvg", Files.readString(logo));
        }
        Path favicon = dir.resolve("favicon.svg");
        if (Files.isRegularFile(favicon)) {
            branding.put("favicon", "data:image/svg+xml;base64,"
                    + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(favicon)));
        }
        return branding;
    }

    /**
     * An existing sample tenant gets the sample's branding again when what it stores differs (a
     * tenant loaded before the sample had its brand, or whose brand was changed since), checked by
     * the same rules as {@code PUT …/settings}.
     */
    private Tenant brand(Tenant tenant, Path dir, JsonNode yml) {
        try {
            BrandingInput input = Json.MAPPER.treeToValue(branding(dir, yml), BrandingInput.class);
            Tenant.Branding wanted = BrandingCheck.apply(new Checks(), tenant.branding(), input, tenant.languages());
            if (Json.write(wanted).equals(Json.write(tenant.branding()))) {
                return tenant;
            }
            return tenants.updateSettings(tenant, new SettingsRequest(null, null, input, null, null, null, null, null),
                    Set.of(), Set.of(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Tenant createTenant(Path dir, JsonNode yml) {
        try {
            ObjectNode body = ((ObjectNode) yml).deepCopy();
            body.remove(List.of("enabledFormats", "enabledChannels", "timeZone", "embedOrigins", "demoApiKey"));
            body.set("branding", branding(dir, yml));
            TenantRequest request = Json.MAPPER.treeToValue(body, TenantRequest.class);
            Tenant tenant = tenants.create(request).tenant();
            List<String> formats = texts(yml.path("enabledFormats"));
            List<String> channels = texts(yml.path("enabledChannels"));
            String timeZone = yml.path("timeZone").isMissingNode() ? null : yml.path("timeZone").asText();
            // the sample's own lists count as installed: a format whose plugin is missing is simply not offered
            return tenants.updateSettings(tenant, new SettingsRequest(formats, channels, null, null, null, null,
                    timeZone, null), formats == null ? Set.of() : Set.copyOf(formats),
                    channels == null ? Set.of() : Set.copyOf(channels), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
