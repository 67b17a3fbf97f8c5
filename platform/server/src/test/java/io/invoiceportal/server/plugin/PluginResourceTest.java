package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.invoiceportal.server.auth.AdminKeyFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PluginResourceTest {

    private static final String ADMIN_KEY = "s3cret-operator-key";
    private static final PluginRegistry REGISTRY = registry();

    static final ResourceExtension resource = ResourceExtension.builder()
            .addResource(new PluginResource(REGISTRY))
            .addProvider(new AdminKeyFilter(ADMIN_KEY))
            .build();

    @AfterAll
    static void close() {
        REGISTRY.close();
    }

    @Test
    void listsPluginsWithTheirFormatsForTheAdminKey() {
        JsonNode body = resource.target("/v1/plugins").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY)
                .get(JsonNode.class);

        JsonNode broken = body.get("plugins").get(0);
        assertThat(broken.get("id").asText()).isEqualTo("broken");
        assertThat(broken.get("state").asText()).isEqualTo("FAILED");
        assertThat(broken.get("error").asText()).contains("com.example.Missing");

        JsonNode csv = body.get("plugins").get(1);
        assertThat(csv.get("id").asText()).isEqualTo("export-csv");
        assertThat(csv.get("state").asText()).isEqualTo("STARTED");
        assertThat(csv.get("error").isNull()).isTrue();
        assertThat(csv.get("formats")).hasSize(1);
        assertThat(csv.get("formats").get(0).get("id").asText()).isEqualTo("csv");
        assertThat(csv.get("formats").get(0).get("name").asText()).isEqualTo("CSV file for Excel");
        assertThat(csv.get("formats").get(0).get("mediaType").asText()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.get("formats").get(0).get("extension").asText()).isEqualTo("csv");
        assertThat(csv.get("channels").isArray()).isTrue();
        assertThat(csv.has("version")).isTrue();
        assertThat(csv.has("description")).isTrue();

        JsonNode refused = body.get("plugins").get(2);
        assertThat(refused.get("id").asText()).isEqualTo("next");
        assertThat(refused.get("state").asText()).isEqualTo("INCOMPATIBLE");
        assertThat(refused.get("error").asText()).contains("requires plugin API ^99.0.0");
        assertThat(refused.get("formats")).isEmpty();
    }

    @Test
    void isGuardedByTheOperatorKey() {
        for (String authorization : new String[] {null, "Bearer wrong", "Basic " + ADMIN_KEY, ADMIN_KEY}) {
            var request = resource.target("/v1/plugins").request();
            if (authorization != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            try (Response response = request.get()) {
                assertThat(response.getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
                JsonNode body = response.readEntity(JsonNode.class);
                assertThat(body.get("code").asText()).isEqualTo("unauthorized");
                assertThat(body.get("message").asText()).isNotBlank();
            }
        }
    }

    private static PluginRegistry registry() {
        try {
            Path dir = Files.createTempDirectory("plugin-resource-test");
            Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
            PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("next.jar"),
                    Map.of("Plugin-Id", "next", "Plugin-Requires", "^99.0.0"));
            PluginJars.jar(dir, "broken.jar",
                    Map.of("Plugin-Id", "broken", "Plugin-Version", "1.0.0", "Plugin-Class", "com.example.Missing"),
                    Map.of());
            return new PluginRegistry(dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
