package io.invoiceportal.server.web;

import io.dropwizard.core.setup.Environment;
import io.invoiceportal.server.api.BodyLimitFilter;
import io.invoiceportal.server.api.ExceptionMappers;
import io.invoiceportal.server.api.NoStoreFilter;
import io.invoiceportal.server.api.TextParamsFilter;
import io.invoiceportal.server.db.DatabaseOutage;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/** What every API request passes: body limits, text checks, no caching, JSON errors (also Jetty's own). */
public final class ApiEdge {
    private ApiEdge() {}

    public static void install(Environment environment, DatabaseOutage outage) {
        var jersey = environment.jersey();
        ExceptionMappers.register(jersey.getResourceConfig(), outage);
        jersey.register(new BodyLimitFilter());
        jersey.register(new TextParamsFilter());
        jersey.register(new NoStoreFilter());
        var context = environment.getApplicationContext();
        context.setErrorHandler(new JsonErrorHandler(context.getErrorHandler(), context::isRunning));
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(new JsonErrorHandler(server.getErrorHandler(), context::isRunning));
                    RequestTargets.install(server, environment.metrics());
                }
            }
        });
    }
}
