package io.invoiceportal.server.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers Vaadin's {@link ServletContainerInitializer}s, which a WAR container would find by
 * itself but Dropwizard's embedded Jetty does not. Their {@link HandlesTypes} classes are collected
 * with ClassGraph from Vaadin's and our UI's packages only, which keeps start-up fast.
 */
final class VaadinInitializers {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinInitializers.class);
    private static final String[] PACKAGES = {"com.vaadin", "io.invoiceportal.ui"};

    private VaadinInitializers() {}

    static void register(ServletContextHandler context, ClassLoader classLoader) {
        long start = System.nanoTime();
        int count = 0;
        try (ScanResult scan = new ClassGraph()
                .overrideClassLoaders(classLoader)
                .enableClassInfo()
                .enableAnnotationInfo()
                .acceptPackages(PACKAGES)
                .scan()) {
            for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class, classLoader)) {
                if (!initializer.getClass().getName().startsWith("com.vaadin.")) {
                    continue;
                }
                Set<Class<?>> handled = handledClasses(initializer, scan, classLoader);
                context.addServletContainerInitializer(initializer, handled.toArray(Class<?>[]::new));
                count++;
            }
        }
        LOG.info("Registered {} Vaadin servlet container initializers in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }

    private static Set<Class<?>> handledClasses(ServletContainerInitializer initializer, ScanResult scan, ClassLoader classLoader) {
        HandlesTypes handlesTypes = initializer.getClass().getAnnotation(HandlesTypes.class);
        Set<Class<?>> classes = new LinkedHashSet<>();
        if (handlesTypes == null) {
            return classes;
        }
        for (Class<?> type : handlesTypes.value()) {
            ClassInfoList matches;
            if (type.isAnnotation()) {
                matches = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                matches = scan.getClassesImplementing(type.getName());
            } else {
                matches = scan.getSubclasses(type.getName());
            }
            // Some Vaadin classes refer to optional libraries that are absent (Spring, Hilla): skip those.
            classes.addAll(matches.loadClasses(true));
        }
        return classes;
    }
}
