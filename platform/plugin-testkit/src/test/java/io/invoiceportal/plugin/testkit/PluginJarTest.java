package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.PluginApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar check fails, with the portal's reason, on jars the portal would not use. */
class PluginJarTest {

    @TempDir
    Path dir;

    @Test
    void failsAPluginBuiltForAnotherMajorVersionOfTheApi() throws IOException {
        int next = Integer.parseInt(PluginApi.VERSION.substring(0, PluginApi.VERSION.indexOf('.'))) + 1;
        Path jar = jar(Map.of("Plugin-Id", "future", "Plugin-Version", "1.0.0", "Plugin-Requires", "^" + next + ".0.0"),
                Map.of());

        assertThatThrownBy(() -> PluginJar.load(jar)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("The portal refuses plugin 'future'")
                .hasMessageContaining("this portal provides plugin API " + PluginApi.VERSION);
    }

    @Test
    void failsAnExtensionIndexNamingAMissingClass() throws IOException {
        Path jar = jar(Map.of("Plugin-Id", "ghost", "Plugin-Version", "1.0.0"),
                Map.of("META-INF/extensions.idx", "com.example.GhostExporter\n"));

        assertThatThrownBy(() -> PluginJar.load(jar)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Plugin 'ghost': Extension class 'com.example.GhostExporter' cannot be loaded");
    }

    @Test
    void failsAJarWithoutPluginManifest() throws IOException {
        Path jar = jar(Map.of(), Map.of("readme.txt", "hello"));

        assertThatThrownBy(() -> PluginJar.load(jar)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("The portal cannot load");
    }

    private Path jar(Map<String, String> attributes, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        Path jar = dir.resolve("plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
