package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsHealthCheckTest {

    @TempDir
    Path dir;

    @Test
    void isHealthyWhenEveryPluginStartedAndAFormatIsLoaded() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            HealthCheck.Result result = new PluginsHealthCheck(registry).execute();

            assertThat(result.isHealthy()).isTrue();
            assertThat(result.getMessage()).contains("csv");
        }
    }

    @Test
    void isUnhealthyWhenAPluginFailedNamingIt() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.jar(dir, "broken.jar",
                Map.of("Plugin-Id", "broken", "Plugin-Version", "1.0.0", "Plugin-Class", "com.example.Missing"), Map.of());

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            HealthCheck.Result result = new PluginsHealthCheck(registry).execute();

            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).contains("broken").contains("com.example.Missing");
        }
    }

    @Test
    void isUnhealthyWhenAPluginIsRefusedForItsApiVersionNamingIt() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("next.jar"),
                Map.of("Plugin-Id", "next", "Plugin-Requires", "^99.0.0"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            HealthCheck.Result result = new PluginsHealthCheck(registry).execute();

            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).contains("next").contains("requires plugin API ^99.0.0");
        }
    }

    @Test
    void isUnhealthyWithoutAnyExportFormat() {
        try (PluginRegistry registry = new PluginRegistry(dir)) {
            HealthCheck.Result result = new PluginsHealthCheck(registry).execute();

            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).contains("No export format");
        }
    }
}
