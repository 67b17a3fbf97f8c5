package io.invoiceportal.server.bench;

import com.microsoft.playwright.Page;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.PortalApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heap held per logged-in Vaadin session with the invoice list open (docs/benchmarks.md, "Vaadin
 * memory"). Starts the portal as its own process (this class path, the repository's config.yml, a
 * fresh database, the sample tenants loaded), signs one customer in with Chromium as a warm-up, takes
 * the live heap of the portal process ({@code jcmd GC.class_histogram}, which collects first), signs
 * in {@code --sessions} more (each its own browser profile, the list left open) and takes it again:
 * the difference divided by the number of sessions. Prints the classes that grew most.
 *
 * <p>Arguments: {@code --sessions=50}, {@code --login=korenschoof}, {@code --top=25}.
 */
public final class VaadinHeapBenchmark {
    static final double GOAL_KB = 200;
    private static final String TENANT = "hollandse-energie";

    private VaadinHeapBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "50"));
        String login = options.getOrDefault("login", "korenschoof");
        int top = Integer.parseInt(options.getOrDefault("top", "25"));
        int port = freePort();
        Path data = Files.createTempDirectory("vaadin-heap");
        String base = "http://127.0.0.1:" + port;
        try (TestDatabase db = TestDatabase.create("vaadin_heap")) {
            Process portal = start(db.url(), port, data);
            try (Browser browser = new Browser()) {
                awaitStarted(portal, base);
                List<Page> pages = new ArrayList<>();
                pages.add(signIn(browser, base, login));
                Histogram before = Histogram.of(portal.pid());
                long started = System.nanoTime();
                for (int i = 0; i < sessions; i++) {
                    pages.add(signIn(browser, base, login));
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Histogram after = Histogram.of(portal.pid());
                double perSessionKb = (after.total() - before.total()) / 1024.0 / sessions;
                System.out.println(report(sessions, login, seconds, before, after, perSessionKb, top));
                pages.forEach(page -> page.context().close());
            } finally {
                portal.destroy();
                portal.waitFor();
            }
        }
    }

    private static String report(int sessions, String login, double seconds, Histogram before, Histogram after,
            double perSessionKb, int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %d processors, %s, JDK %s, %s %s%n",
                Runtime.getRuntime().availableProcessors(), memory(), Runtime.version(),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        out.append("Load average: ").append(loadAverage()).append('\n');
        out.append(String.format(Locale.ROOT, "Scenario: %d Chromium sessions signed in as %s at %s, the invoice list open"
                + " (signed in in %.0f s)%n", sessions, login, TENANT, seconds));
        out.append(String.format(Locale.ROOT, "Live heap of the portal: %,d KB with one session, %,d KB with %d more%n",
                before.total() / 1024, after.total() / 1024, sessions));
        out.append(String.format(Locale.ROOT, "Heap per session: %.0f KB; goal <= %.0f KB; %.2f of the goal (%s)%n",
                perSessionKb, GOAL_KB, perSessionKb / GOAL_KB, perSessionKb <= GOAL_KB ? "met" : "NOT met"));
        out.append(String.format(Locale.ROOT, "%nClasses that grew most (bytes per session):%n"));
        Map<String, Long> growth = new HashMap<>();
        after.bytes().forEach((name, bytes) -> growth.put(name, bytes - before.bytes().getOrDefault(name, 0L)));
        growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%10.0f  %s%n", e.getValue() / (double) sessions,
                        e.getKey())));
        return out.toString();
    }

    /** The portal in its own JVM, from this class path, as config.yml starts it, with the samples loaded. */
    private static Process start(String databaseUrl, int port, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                PortalApplication.class.getName(), "server", PortalApp.configFile());
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DATABASE_URL", databaseUrl);
        env.put("PORTAL_HTTP_PORT", String.valueOf(port));
        env.put("PORTAL_ADMIN_PORT", String.valueOf(freePort()));
        env.put("PORTAL_DATA_DIR", data.toString());
        env.put("PORTAL_LOAD_SAMPLES", "true");
        env.put("PORTAL_SAMPLES_DIR", Path.of(PortalApp.configFile()).resolveSibling("tenants-sample").toString());
        env.put("PORTAL_PLUGINS_DIR", Path.of(PortalApp.configFile()).resolveSibling("target").resolve("plugins").toString());
        env.put("PORTAL_PUBLIC_URL", "http://127.0.0.1:" + port);
        builder.redirectErrorStream(true).redirectOutput(data.resolve("portal.log").toFile());
        System.out.println("portal log: " + data.resolve("portal.log"));
        return builder.start();
    }

    private static void awaitStarted(Process portal, String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/t/" + TENANT + "/login")).build();
        while (true) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal stopped during its start; see its log");
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
    }

    /** A fresh browser profile signed in, with the list's rows on screen. */
    private static Page signIn(Browser browser, String base, String login) {
        Page page = browser.newPage("nl-NL");
        page.setDefaultTimeout(120_000);
        page.navigate(base + "/t/" + TENANT + "/login");
        page.getByLabel("Login naam").fill(login);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("Factuur2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(Pattern.compile(".*/t/" + TENANT + "/invoices.*"));
        page.locator("a.invoice-number").first().waitFor();
        return page;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GB memory",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("memory unknown");
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The live objects of a process by class, after a full collection ({@code jcmd <pid> GC.class_histogram}). */
    record Histogram(long total, Map<String, Long> bytes) {
        private static final Pattern ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

        static Histogram of(long pid) throws IOException, InterruptedException {
            String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
            // a first collection lets soft references and finalizable objects go before the measured one
            run(jcmd, pid, "GC.run");
            String out = run(jcmd, pid, "GC.class_histogram");
            Map<String, Long> bytes = new HashMap<>();
            long total = 0;
            for (String line : out.split("\n")) {
                var m = ROW.matcher(line);
                if (m.matches()) {
                    long b = Long.parseLong(m.group(2));
                    bytes.merge(m.group(3), b, Long::sum);
                    total += b;
                }
            }
            return new Histogram(total, bytes);
        }

        private static String run(String jcmd, long pid, String command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + out);
            }
            return out;
        }
    }
}
