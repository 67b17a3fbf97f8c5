package io.invoiceportal.plugins.facturx;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.PluginJar;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginClassLoader;

/**
 * The shaded plugin jar as the portal loads it (the test kit's {@link PluginJar}). The test class
 * path holds Mustang and PDFBox too, so the checks ask which class loader a class came from.
 */
class FacturxPluginJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("plugin.jar", "../../target/plugins/export-facturx-0.1.0-SNAPSHOT.jar"));

    private PluginJar plugin;

    @BeforeEach
    void loadPluginJar() {
        plugin = PluginJar.load(JAR);
    }

    @AfterEach
    void unloadPlugin() {
        plugin.close();
    }

    /** The jar's extension index names the Factur-X exporter only (not the bundled PDF plugin's), and the jar carries the layout, its fonts and the sRGB profile. */
    @Test
    void jarIndexesOnlyTheFacturXExporter() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes()).strip();
            assertThat(index.lines().filter(line -> !line.startsWith("#"))).containsExactly(FacturxInvoiceExporter.class.getName());
            assertThat(jar.getEntry("io/invoiceportal/plugins/pdf/InvoiceLayout.class")).isNotNull();
            assertThat(jar.getEntry("fonts/DejaVuSans.ttf")).isNotNull();
            assertThat(jar.getEntry("sRGB.icc")).isNotNull();
        }
    }

    /** PF4J finds exactly one exporter, id facturx, in plugin facturx, with Mustang, ph-commons and PDFBox from the plugin's own class loader. */
    @Test
    void pluginOffersTheFacturXExporterFromItsOwnClassLoader() throws Exception {
        List<InvoiceExporter> exporters = plugin.exporters();
        assertThat(plugin.descriptor().getPluginId()).isEqualTo("facturx");
        assertThat(exporters).singleElement().extracting(InvoiceExporter::id).isEqualTo("facturx");
        ClassLoader pluginLoader = exporters.get(0).getClass().getClassLoader();
        assertThat(pluginLoader).isInstanceOf(PluginClassLoader.class);
        for (String name : List.of("org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3", "com.helger.commons.ValueEnforcer",
                "org.apache.pdfbox.pdmodel.PDDocument", "io.invoiceportal.plugins.pdf.PdfInvoiceExporter")) {
            assertThat(pluginLoader.loadClass(name).getClassLoader()).as(name).isSameAs(pluginLoader);
        }
    }

    /** An export from a request thread whose context class loader knows nothing of the plugin is valid Factur-X. */
    @Test
    void exportsFromAThreadWhoseContextClassLoaderIsNotThePlugins() throws Exception {
        InvoiceExporter exporter = plugin.exporters().get(0);
        AtomicReference<Object> result = new AtomicReference<>();
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            Thread request = new Thread(() -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exporter.export(TestViews.invoice().build(), TestViews.exportContext().build(), out);
                    result.set(out.toByteArray());
                } catch (Exception | LinkageError e) {
                    result.set(e);
                }
            });
            request.setContextClassLoader(empty);
            request.start();
            request.join();
        }
        assertThat(result.get()).isInstanceOf(byte[].class);
        MustangValidation validation = MustangValidation.of((byte[]) result.get(), "plugin.pdf");
        assertThat(validation.valid()).as(validation.report()).isTrue();
    }
}
