package io.invoiceportal.plugins.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.PluginJar;
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
 * The shaded plugin jar as the portal loads it (the test kit's {@link PluginJar}: the portal's
 * plugin manager on a folder holding only this jar). The test class path also holds JAXB and this module's classes (as a host may hold
 * JAXB), so a JAXB lookup through the wrong class loader would mix two copies of the API and fail;
 * extensions are therefore asked of the plugin by id, not of the whole manager.
 */
class XmlPluginJarIT {

    private static final String PLUGIN_ID = "export-xml";
    private static final Path JAR =
            Path.of(System.getProperty("plugin.jar", "../../target/plugins/export-xml-0.1.0-SNAPSHOT.jar"));

    private PluginJar plugin;

    @BeforeEach
    void loadPluginJar() {
        plugin = PluginJar.load(JAR);
    }

    @AfterEach
    void unloadPlugin() {
        plugin.close();
    }

    /** The jar names the exporter in META-INF/extensions.idx and carries the JAXB service file and the XSD. */
    @Test
    void jarHoldsExtensionIndexJaxbServiceAndSchema() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes()))
                    .contains(XmlInvoiceExporter.class.getName());
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/jakarta.xml.bind.JAXBContextFactory")).readAllBytes()))
                    .contains("org.glassfish.jaxb.runtime.v2.JAXBContextFactory");
            assertThat(jar.getEntry("xsd/invoice-1.xsd")).isNotNull();
        }
    }

    /** PF4J finds exactly one exporter in the plugin, id {@code xml}, loaded by the plugin's own class loader with its own JAXB. */
    @Test
    void pluginOffersTheXmlExporterFromItsOwnClassLoader() throws Exception {
        List<InvoiceExporter> exporters = plugin.exporters();
        assertThat(plugin.descriptor().getPluginId()).isEqualTo(PLUGIN_ID);

        assertThat(exporters).singleElement().extracting(InvoiceExporter::id).isEqualTo("xml");
        ClassLoader pluginLoader = exporters.get(0).getClass().getClassLoader();
        assertThat(pluginLoader).isInstanceOf(PluginClassLoader.class);
        assertThat(pluginLoader.loadClass("jakarta.xml.bind.JAXBContext").getClassLoader()).isSameAs(pluginLoader);
        assertThat(pluginLoader.loadClass("org.glassfish.jaxb.runtime.v2.ContextFactory").getClassLoader()).isSameAs(pluginLoader);
    }

    /**
     * An export from a request thread whose context class loader knows no JAXB (or another copy of
     * it) works, and the output validates against the XSD read from the plugin jar.
     */
    @Test
    void exportsFromAThreadWhoseContextClassLoaderIsNotThePlugins() throws Exception {
        InvoiceExporter exporter = plugin.exporters().get(0);
        URL xsd = exporter.getClass().getClassLoader().getResource("xsd/invoice-1.xsd");
        AtomicReference<Object> result = new AtomicReference<>();

        try (URLClassLoader noJaxb = new URLClassLoader(new URL[0], null)) {
            Thread request = new Thread(() -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exporter.export(SampleInvoices.full(), SampleInvoices.context(), out);
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
        byte[] xml = (byte[]) result.get();
        assertThat(XmlChecks.validate(xml, xsd)).isEmpty();
        assertThat(XmlChecks.text(XmlChecks.parse(xml), "/i:invoice/i:buyer/i:name")).isEqualTo("Café Daniëlle B.V.");
    }
}
