package io.invoiceportal.server.bench;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What the in-process benchmarks share: the repository, their arguments and the application they measure. */
final class BenchApp {
    static final String ADMIN_KEY = "bench-admin-key-0123456789";

    private BenchApp() {}

    /** The folder with config.yml and docs/, from the repository root or a module below it. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("config.yml")) && Files.isDirectory(p.resolve("platform"))) {
                return p;
            }
        }
        throw new IllegalStateException("Run from the repository (no config.yml found above " + Path.of("").toAbsolutePath() + ")");
    }

    /** {@code --name=value} arguments; {@code names} lists the accepted ones for the error message. */
    static Map<String, String> options(String[] args, String names) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value: " + names + "; got " + a);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return options;
    }

    /**
     * The real application with the repository's config.yml on random ports and {@code database}: samples off,
     * the notifications left queued (sending mail is not what is measured), the request log in a file, the
     * built plugins of target/plugins.
     */
    static DropwizardTestSupport<PortalConfiguration> start(Path root, String database) throws Exception {
        Path data = Files.createTempDirectory("portal-bench");
        Path plugins = root.resolve("target/plugins");
        if (!Files.isDirectory(plugins)) {
            plugins = Files.createDirectories(data.resolve("plugins"));
        }
        DropwizardTestSupport<PortalConfiguration> app = new DropwizardTestSupport<>(PortalApplication.class,
                root.resolve("config.yml").toString(),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("server.requestLog.appenders[0].type", "file"),
                ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename", data.resolve("requests.log").toString()),
                ConfigOverride.config("server.requestLog.appenders[0].archive", "false"),
                ConfigOverride.config("logging.level", "WARN"),
                ConfigOverride.config("database.url", database),
                ConfigOverride.config("adminKey", ADMIN_KEY),
                ConfigOverride.config("samples.load", "false"),
                ConfigOverride.config("delivery.pollMillis", "86400000"),
                ConfigOverride.config("plugins.directory", plugins.toString()),
                ConfigOverride.config("dataDir", data.toString()));
        app.before();
        return app;
    }
}
