package io.invoiceportal.plugins.xrechnung;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.PluginJar;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded plugin jar as the portal loads it: the xrechnung format only, with the UBL plugin's code inside. */
class XRechnungPluginJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("plugin.jar", "../../target/plugins/export-xrechnung-0.1.0-SNAPSHOT.jar"));

    /** PF4J finds exactly one exporter, id {@code xrechnung}: the bundled UBL classes bring no second format. */
    @Test
    void pluginOffersOnlyTheXRechnungExporter() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("io/invoiceportal/plugins/ubl/UblExport.class")).isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes()))
                    .contains(XRechnungExporter.class.getName()).doesNotContain("UblInvoiceExporter");
        }
        try (PluginJar plugin = PluginJar.load(JAR)) {
            assertThat(plugin.descriptor().getPluginId()).isEqualTo("export-xrechnung");
            assertThat(plugin.exporters()).singleElement().extracting(InvoiceExporter::id).isEqualTo("xrechnung");
        }
    }

    /** The loaded exporter writes a document that is valid XRechnung 3.0.2. */
    @Test
    void loadedExporterWritesValidXRechnung() throws Exception {
        try (PluginJar plugin = PluginJar.load(JAR)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plugin.exporters().get(0).export(XRechnungSamples.rich().build(), XRechnungSamples.context(), out);
            XRechnungRules.assertValid(out.toByteArray());
        }
    }
}
