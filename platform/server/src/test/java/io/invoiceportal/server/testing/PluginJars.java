package io.invoiceportal.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plugin folders for tests: some of the built plugins and a real PF4J jar holding one test extension class. */
public final class PluginJars {
    private PluginJars() {}

    /**
     * A temporary plugins folder with the built plugin jars matching {@code builtGlob} (such as
     * {@code export-pdf-*.jar}) and a plugin {@code pluginId} whose only extension is {@code extension}.
     */
    public static Path folder(String builtGlob, String pluginId, Class<?> extension) {
        try {
            Path dir = Files.createTempDirectory("plugins-" + pluginId);
            try (DirectoryStream<Path> built = Files.newDirectoryStream(Path.of(PortalApp.pluginsDir()), builtGlob)) {
                for (Path jar : built) {
                    Files.copy(jar, dir.resolve(jar.getFileName()));
                }
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
            manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
            String classFile = extension.getName().replace('.', '/') + ".class";
            try (OutputStream file = Files.newOutputStream(dir.resolve(pluginId + ".jar"));
                    JarOutputStream out = new JarOutputStream(file, manifest);
                    InputStream bytes = extension.getClassLoader().getResourceAsStream(classFile)) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write((extension.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new JarEntry(classFile));
                bytes.transferTo(out);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
