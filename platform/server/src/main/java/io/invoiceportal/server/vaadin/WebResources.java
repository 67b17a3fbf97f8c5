package io.invoiceportal.server.vaadin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.component.Container;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/** The servlet-3 web resources of every jar: what a WAR's container would serve from the jars. */
final class WebResources {

    private static final String FOLDER = "META-INF/resources";

    private WebResources() {}

    /**
     * All {@code META-INF/resources} folders on the class path as one resource. URIs go through
     * {@link URIUtil#correctURI} so that {@code jar:file:} URIs inside the fat jar are not taken
     * for aliases and refused.
     */
    static Resource metaInfResources(Container owner, ClassLoader classLoader) {
        ResourceFactory factory = ResourceFactory.of(owner);
        List<Resource> folders = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(FOLDER))) {
                folders.add(factory.newResource(URIUtil.correctURI(url.toURI())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + FOLDER + " on the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad class path URL for " + FOLDER, e);
        }
        if (folders.isEmpty()) {
            throw new IllegalStateException("No " + FOLDER + " on the class path: is Vaadin missing?");
        }
        return ResourceFactory.combine(folders);
    }
}
