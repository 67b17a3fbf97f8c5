package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.PluginApi;
import io.invoiceportal.plugin.loader.PortalPluginManager;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class PluginRegistryTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheBuiltCsvPluginAndExportsThroughIt() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("export-csv");
                assertThat(plugin.state()).isEqualTo(PluginInfo.State.STARTED);
                assertThat(plugin.error()).isNull();
                assertThat(plugin.version()).isNotBlank();
                assertThat(plugin.formats()).containsExactly("csv");
            });
            InvoiceExporter csv = registry.exporter("csv").orElseThrow();
            assertThat(csv.getClass().getClassLoader()).as("loaded by the plugin's class loader")
                    .isNotSameAs(getClass().getClassLoader());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            csv.export(TestViews.invoice().build(), TestViews.exportContext().build(), out);

            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFFactuurnummer;Factuurdatum;")
                    .contains("2025-0042;2025-03-14;").contains(";Boeken;4;st.;10,00;S;9;40,00;58,75;7,54;66,29;66,29;");
        }
    }

    @Test
    void loadsTheWholeBuiltPluginsFolder() {
        try (PluginRegistry registry = new PluginRegistry(Path.of(System.getProperty("portal.plugins.dir")))) {
            assertThat(registry.plugins()).filteredOn(plugin -> plugin.id().equals("export-csv")).singleElement()
                    .satisfies(plugin -> assertThat(plugin.state()).isEqualTo(PluginInfo.State.STARTED));
            assertThat(registry.exporter("csv")).isPresent();
        }
    }

    @Test
    void reportsAPluginWhosePluginClassIsMissingAndStillLoadsTheOthers() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.jar(dir, "broken.jar",
                Map.of("Plugin-Id", "broken", "Plugin-Version", "1.0.0", "Plugin-Class", "com.example.Missing"),
                Map.of());

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).extracting(PluginInfo::id, PluginInfo::state).containsExactly(
                    tuple("broken", PluginInfo.State.FAILED),
                    tuple("export-csv", PluginInfo.State.STARTED));
            assertThat(registry.plugins().get(0).error()).contains("com.example.Missing");
            assertThat(registry.exporters()).extracting(InvoiceExporter::id).containsExactly("csv");
        }
    }

    @Test
    void failsAPluginWhoseExtensionIndexNamesAMissingClass() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.jar(dir, "ghost.jar", Map.of("Plugin-Id", "ghost", "Plugin-Version", "1.0.0"),
                Map.of("META-INF/extensions.idx", "com.example.GhostExporter\n"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).filteredOn(plugin -> plugin.id().equals("ghost")).singleElement().satisfies(plugin -> {
                assertThat(plugin.state()).isEqualTo(PluginInfo.State.FAILED);
                assertThat(plugin.error()).contains("com.example.GhostExporter");
            });
            assertThat(registry.exporter("csv")).isPresent();
        }
    }

    @Test
    void reportsAJarWithoutPluginDescriptorUnderItsFileName() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.jar(dir, "not-a-plugin.jar", Map.of(), Map.of("readme.txt", "hello"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).last().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("not-a-plugin.jar");
                assertThat(plugin.state()).isEqualTo(PluginInfo.State.FAILED);
                assertThat(plugin.error()).contains("id");
            });
            assertThat(registry.exporter("csv")).isPresent();
        }
    }

    @Test
    void keepsTheFirstOfTwoExtensionsWithTheSameIdAndReportsTheOther() throws Exception {
        PluginJars.copyWithPluginId(PluginJars.csvPlugin(), dir, "export-csv");
        PluginJars.copyWithPluginId(PluginJars.csvPlugin(), dir, "export-csv-copy");

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.exporters()).hasSize(1);
            PluginInfo first = registry.plugins().get(0);
            PluginInfo second = registry.plugins().get(1);
            assertThat(first.id()).isEqualTo("export-csv");
            assertThat(first.formats()).containsExactly("csv");
            assertThat(first.error()).isNull();
            assertThat(second.id()).isEqualTo("export-csv-copy");
            assertThat(second.formats()).isEmpty();
            assertThat(second.error()).contains("duplicate format id 'csv'").contains("'export-csv'");
        }
    }

    /** A plugin built for plugin API 2 is refused by a portal with API 1, with the reason; the others load. */
    @Test
    void refusesAPluginBuiltForAnIncompatibleApi() throws Exception {
        Files.copy(PluginJars.csvPlugin(), dir.resolve("export-csv.jar"));
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("export-csv-next.jar"),
                Map.of("Plugin-Id", "export-csv-next", "Plugin-Requires", ">=2.0.0 & <3.0.0"));

        Logger loaderLog = (Logger) LoggerFactory.getLogger(PortalPluginManager.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        loaderLog.addAppender(log);
        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(log.list).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .startsWith("Plugin 'export-csv-next' from '").contains("export-csv-next.jar' is refused: requires "
                            + "plugin API >=2.0.0 & <3.0.0 (Plugin-Requires), but this portal provides plugin API");
            assertThat(registry.plugins()).extracting(PluginInfo::id, PluginInfo::state).containsExactly(
                    tuple("export-csv", PluginInfo.State.STARTED), tuple("export-csv-next", PluginInfo.State.INCOMPATIBLE));
            assertThat(registry.plugins().get(1).error()).isEqualTo("requires plugin API >=2.0.0 & <3.0.0 "
                    + "(Plugin-Requires), but this portal provides plugin API " + PluginApi.VERSION);
            assertThat(registry.plugins().get(1).formats()).isEmpty();
            assertThat(registry.exporters()).hasSize(1);
        } finally {
            loaderLog.detachAppender(log);
        }
    }

    /**
     * A bare version means "built against it": the same major version from that one on. PF4J alone
     * would read {@code 0.9.0} as {@code >=0.9.0} and accept it.
     */
    @Test
    void readsABareRequiredVersionAsTheSameMajorVersionFromThatOneOn() throws Exception {
        String major = PluginApi.VERSION.substring(0, PluginApi.VERSION.indexOf('.'));
        int next = Integer.parseInt(major) + 1;
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("same.jar"),
                Map.of("Plugin-Id", "same", "Plugin-Requires", major + ".0.0"));
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("newer.jar"),
                Map.of("Plugin-Id", "newer", "Plugin-Requires", next + ".0.0"));
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("older.jar"),
                Map.of("Plugin-Id", "older", "Plugin-Requires", "0.9.0"));
        PluginJars.copyWithManifest(PluginJars.csvPlugin(), dir.resolve("nonsense.jar"),
                Map.of("Plugin-Id", "nonsense", "Plugin-Requires", "the latest"));

        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).extracting(PluginInfo::id, PluginInfo::state).containsExactly(
                    tuple("newer", PluginInfo.State.INCOMPATIBLE), tuple("nonsense", PluginInfo.State.INCOMPATIBLE),
                    tuple("older", PluginInfo.State.INCOMPATIBLE), tuple("same", PluginInfo.State.STARTED));
            assertThat(registry.plugins().get(1).error()).contains("'the latest' is not a version range");
        }
    }

    @Test
    void refusesAMissingDirectoryNamingTheSetting() {
        assertThatThrownBy(() -> new PluginRegistry(dir.resolve("nope")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_PLUGINS_DIR")
                .hasMessageContaining("nope");
    }

    @Test
    void loadsNothingFromAnEmptyDirectory() {
        try (PluginRegistry registry = new PluginRegistry(dir)) {
            assertThat(registry.plugins()).isEmpty();
            assertThat(registry.exporters()).isEmpty();
            assertThat(registry.channels()).isEmpty();
        }
    }
}
