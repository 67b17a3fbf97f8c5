package io.invoiceportal.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which layer may import what: plugin API, core, server and UI. */
class ArchitectureTest {
    static JavaClasses ours;

    @BeforeAll
    static void importClasses() {
        ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.invoiceportal");
    }

    /** Rule 1: plugin-api depends on nothing of ours, only on the JDK and PF4J. */
    @Test
    void pluginApiStandsAlone() {
        classes().that().resideInAPackage("io.invoiceportal.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.invoiceportal.plugin.api..", "java..", "org.pf4j..")
                .check(ours);
    }

    /** Rule 2: core knows nothing of the server, the UI, Jersey, Shiro, Dropwizard or Vaadin. */
    @Test
    void coreIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.invoiceportal.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.invoiceportal.server..", "io.invoiceportal.ui..",
                        "jakarta.ws.rs..", "org.glassfish.jersey..", "org.apache.shiro..", "com.vaadin..", "io.dropwizard..",
                        "jakarta.servlet..")
                .check(ours);
    }

    /** Rule 2: the UI calls core services, never DAOs, and knows nothing of the server, Jersey or Shiro. */
    @Test
    void uiUsesServicesOnly() {
        noClasses().that().resideInAPackage("io.invoiceportal.ui..")
                .should().dependOnClassesThat().haveNameMatching(".*Dao(\\$.*)?")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.invoiceportal.server..", "jakarta.ws.rs..",
                        "org.glassfish.jersey..", "org.apache.shiro..", "io.dropwizard..", "org.jdbi..")
                .check(ours);
    }

    /**
     * Rule 2: the REST layer calls core services, never DAOs, and no DAO record (such as a row type
     * nested in a DAO) reaches it: it gets service records or its own view types.
     */
    @Test
    void serverUsesServicesOnly() {
        noClasses().that().resideInAPackage("io.invoiceportal.server..")
                .should().dependOnClassesThat().haveNameMatching(".*Dao(\\$.*)?")
                .check(ours);
    }

    /** Resources take the tenant and the user typed ({@code @Context Tenant}, {@code @Context SignedIn}), never from request properties. */
    @Test
    void resourcesGetTheCallerTyped() {
        noClasses().that().resideInAPackage("io.invoiceportal.server..").and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().areAssignableTo(jakarta.ws.rs.container.ContainerRequestContext.class)
                .check(ours);
    }

    /** Rule 3: only the server has a main method's application class; nothing depends on the server. */
    @Test
    void nothingDependsOnTheServer() {
        noClasses().that().resideOutsideOfPackage("io.invoiceportal.server..")
                .should().dependOnClassesThat().resideInAPackage("io.invoiceportal.server..")
                .check(ours);
    }

    /** Deny by default: every REST method states who may call it (operator, issuer, customer or public). */
    @Test
    void everyResourceMethodIsGuarded() {
        java.util.Set<Class<? extends java.lang.annotation.Annotation>> guards = java.util.Set.of(
                io.invoiceportal.server.auth.AdminOnly.class, io.invoiceportal.server.auth.IssuerOnly.class,
                io.invoiceportal.server.auth.CustomerOnly.class, io.invoiceportal.server.auth.PublicTenant.class);
        java.util.List<String> open = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : ours) {
            if (!c.getPackageName().startsWith("io.invoiceportal.server") || !c.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                continue;
            }
            Class<?> type = c.reflect();
            boolean classGuarded = guards.stream().anyMatch(type::isAnnotationPresent);
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                boolean endpoint = java.util.Arrays.stream(m.getAnnotations()).anyMatch(a ->
                        a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (endpoint && !classGuarded && guards.stream().noneMatch(m::isAnnotationPresent)) {
                    open.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(open).as("resource methods without an access annotation").isEmpty();
    }

    /** Rule 1: plugins use only the plugin API of ours (they are built apart; read from their classes). */
    @Test
    void pluginsUseOnlyThePluginApi() throws Exception {
        Path plugins = Path.of(System.getProperty("portal.repo.root", "../..")).resolve("plugins");
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(plugins)) {
            modules = dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).toList();
        }
        org.assertj.core.api.Assertions.assertThat(modules).as("plugin modules under " + plugins).isNotEmpty();
        for (Path module : modules) {
            JavaClasses plugin = new ClassFileImporter().importPath(module.resolve("target/classes"));
            org.assertj.core.api.Assertions.assertThat(plugin).as("compiled classes of " + module).isNotEmpty();
            noClasses().should().dependOnClassesThat().resideInAnyPackage("io.invoiceportal.core..",
                            "io.invoiceportal.server..", "io.invoiceportal.ui..")
                    .check(plugin);
        }
    }
}
