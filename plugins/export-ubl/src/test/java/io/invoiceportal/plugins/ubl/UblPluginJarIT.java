package io.invoiceportal.plugins.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.PluginJar;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginClassLoader;

/**
 * The shaded plugin jar as the portal loads it (the test kit's {@link PluginJar}), exporting from a
 * request thread whose context class loader knows no JAXB.
 */
class UblPluginJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("plugin.jar", "../../target/plugins/export-ubl-0.1.0-SNAPSHOT.jar"));

    /** PF4J finds one exporter, id {@code ubl}, from the plugin's own class loader with its own ph-ubl21 and JAXB. */
    @Test
    void pluginOffersTheUblExporter() throws Exception {
        try (PluginJar plugin = PluginJar.load(JAR)) {
            assertThat(plugin.descriptor().getPluginId()).isEqualTo("export-ubl");
            assertThat(plugin.exporters()).singleElement().extracting(InvoiceExporter::id).isEqualTo("ubl");
            ClassLoader loader = plugin.exporters().get(0).getClass().getClassLoader();
            assertThat(loader).isInstanceOf(PluginClassLoader.class);
            assertThat(loader.loadClass("com.helger.ubl21.UBL21Marshaller").getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass("org.glassfish.jaxb.runtime.v2.ContextFactory").getClassLoader()).isSameAs(loader);
        }
    }

    /** An export from a thread whose context class loader knows no JAXB is valid under Peppol BIS 3 and EN 16931. */
    @Test
    void exportsAValidDocumentFromAForeignThread() throws Exception {
        try (PluginJar plugin = PluginJar.load(JAR)) {
            InvoiceExporter exporter = plugin.exporters().get(0);
            AtomicReference<Object> result = new AtomicReference<>();
            try (URLClassLoader noJaxb = new URLClassLoader(new URL[0], null)) {
                Thread request = new Thread(() -> {
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        exporter.export(UblSamples.rich().build(), UblSamples.context(Map.of()), out);
                        result.set(out.toByteArray());
                    } catch (Exception | LinkageError e) {
                        result.set(e);
                    }
                });
                request.setContextClassLoader(noJaxb);
                request.start();
                request.join();
            }
            assertThat(result.get()).isInstanceOf(byte[].class);
            UblInvoiceExporterTest.assertValid((byte[]) result.get());
        }
    }
}
