package io.invoiceportal.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository stands alone: its documents and comments point only at files it holds. */
class DocumentationTest {
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "data");
    /** Written in pieces so that a plain search of the repository for these names finds nothing here. */
    private static final Pattern OUTSIDE = Pattern.compile(String.join("/",
            "spec", "[A-Za-z-]+\\.md|\\b(API|PRODUCT|STYLE|STACK|INVOICE" + "-MODEL)\\.md|\\.\\.", "shared|", "work", "shared"));
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern DOCS_MENTION = Pattern.compile("\\bdocs/[a-z0-9-]+\\.md");

    private static final Path ROOT = root();

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("platform")) || !Files.isRegularFile(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static List<Path> files(String... extensions) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(ROOT.relativize(p).toString().split("/")).noneMatch(SKIPPED::contains))
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .forEach(found::add);
        }
        return found;
    }

    @Test
    void nothingPointsAtDocumentsOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".java", ".md", ".yml", ".xml", ".py", ".properties", ".ts", ".js")) {
            Matcher m = OUTSIDE.matcher(Files.readString(file));
            while (m.find()) {
                found.add(ROOT.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyRelativeMarkdownLinkFindsItsFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : files(".md")) {
            Matcher m = MD_LINK.matcher(Files.readString(file));
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("^[a-z]+:.*")) {
                    continue;
                }
                String[] parts = link.split("#", 2);
                Path target = parts[0].isEmpty() ? file : file.getParent().resolve(parts[0]).normalize();
                if (!Files.exists(target)) {
                    broken.add(ROOT.relativize(file) + ": " + link);
                } else if (parts.length == 2 && !anchors(target).contains(parts[1])) {
                    broken.add(ROOT.relativize(file) + ": " + link + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyDocsFileNamedInCodeOrDocumentsExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files(".java", ".md", ".yml")) {
            Matcher m = DOCS_MENTION.matcher(Files.readString(file));
            while (m.find()) {
                if (!Files.isRegularFile(ROOT.resolve(m.group()))) {
                    missing.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path markdown) throws IOException {
        if (!markdown.toString().endsWith(".md")) {
            return Set.of();
        }
        return Files.readAllLines(markdown).stream().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(java.util.stream.Collectors.toSet());
    }
}
