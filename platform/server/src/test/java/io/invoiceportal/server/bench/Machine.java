package io.invoiceportal.server.bench;

import io.invoiceportal.server.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line about where the benchmark ran: processors, memory, PostgreSQL, JDK, operating system. */
final class Machine {
    private Machine() {}

    static String describe(Services services) {
        String postgres = services.jdbi().withHandle(h -> h.createQuery("show server_version").mapTo(String.class).one());
        String sharedBuffers = services.jdbi().withHandle(h -> h.createQuery("show shared_buffers").mapTo(String.class).one());
        return String.format(Locale.ROOT, "%d processors, %s memory, PostgreSQL %s (shared_buffers %s) on the same"
                + " machine, JDK %s (%s), %s %s", Runtime.getRuntime().availableProcessors(), memory(), postgres,
                sharedBuffers, Runtime.version(), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    /** The first three fields of /proc/loadavg: the load average over 1, 5 and 15 minutes. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
