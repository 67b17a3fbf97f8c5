package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** The real plugin jars built by Maven, and broken ones made up at test time. */
final class PluginJars {

    private PluginJars() {}

    /** The csv plugin jar that {@code plugins/export-csv} built into the shared plugins folder. */
    static Path csvPlugin() throws IOException {
        String dir = System.getProperty("portal.plugins.dir");
        assertThat(dir).as("system property portal.plugins.dir (set by surefire/failsafe in platform/server/pom.xml)")
                .isNotBlank();
        if (Files.isDirectory(Path.of(dir))) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(dir), "export-csv-*.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new AssertionError("No export-csv-*.jar in " + dir + ": build it first (mvn -pl plugins/export-csv -am package)");
    }

    /** Copies {@code jar} into {@code dir}, replacing its Plugin-Id. */
    static Path copyWithPluginId(Path jar, Path dir, String pluginId) throws IOException {
        return copyWithManifest(jar, dir.resolve(pluginId + ".jar"), Map.of("Plugin-Id", pluginId));
    }

    /** Copies {@code jar} to {@code target}, setting the given manifest attributes. */
    static Path copyWithManifest(Path jar, Path target, Map<String, String> attributes) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), with(in.getManifest(), attributes))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return target;
    }

    /** A jar with the given manifest attributes and text files ({@code name -> content}). */
    static Path jar(Path dir, String fileName, Map<String, String> manifest, Map<String, String> files) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((key, value) -> mf.getMainAttributes().putValue(key, value));
        Path target = dir.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), mf)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                write(out, file.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    private static Manifest with(Manifest original, Map<String, String> attributes) {
        Manifest copy = new Manifest(original);
        attributes.forEach((key, value) -> copy.getMainAttributes().putValue(key, value));
        return copy;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
