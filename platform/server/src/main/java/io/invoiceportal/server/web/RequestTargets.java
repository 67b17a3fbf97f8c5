package io.invoiceportal.server.web;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.metrics.jetty12.InstrumentedConnectionFactory;
import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * Keeps the address of the request line as the client sent it. When Jetty cannot read an address
 * (a broken {@code %} escape such as {@code /t/x/%}), its error handler gets neither the address nor
 * the headers; with this, it still knows whether the request was for the API or a person's page.
 */
public final class RequestTargets extends HttpConnectionFactory {

    private RequestTargets(HttpConfiguration config) {
        super(config);
    }

    /**
     * Replaces the HTTP/1.1 connection factory of each of the server's connectors, keeping
     * Dropwizard's connection metrics (the same timer) when the factory was instrumented.
     */
    public static void install(Server server, MetricRegistry metrics) {
        for (Connector connector : server.getConnectors()) {
            if (!(connector instanceof ServerConnector serverConnector)) {
                continue;
            }
            ConnectionFactory current = serverConnector.getConnectionFactory(HttpVersion.HTTP_1_1.asString());
            HttpConnectionFactory http = current instanceof HttpConnectionFactory plain ? plain
                    : current instanceof ContainerLifeCycle container ? container.getBean(HttpConnectionFactory.class) : null;
            if (http == null || http instanceof RequestTargets) {
                continue;
            }
            ConnectionFactory targets = new RequestTargets(http.getHttpConfiguration());
            if (current instanceof InstrumentedConnectionFactory) {
                targets = new InstrumentedConnectionFactory(targets, metrics.timer(MetricRegistry.name(
                        HttpConnectionFactory.class, serverConnector.getHost(), Integer.toString(serverConnector.getPort()),
                        "connections")));
            }
            serverConnector.addConnectionFactory(targets);
        }
    }

    /** The request line's address of this request as sent, if its connection kept it. */
    public static Optional<String> of(Request request) {
        return request.getConnectionMetaData().getConnection() instanceof TargetKeeping connection
                ? Optional.ofNullable(connection.target) : Optional.empty();
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        TargetKeeping connection = new TargetKeeping(getHttpConfiguration(), connector, endPoint);
        return configure(connection, connector, endPoint);
    }

    private static final class TargetKeeping extends HttpConnection {
        private volatile String target;

        TargetKeeping(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected RequestHandler newRequestHandler() {
            return new RequestHandler() {
                @Override
                public void startRequest(String method, String uri, HttpVersion version) {
                    target = uri;
                    super.startRequest(method, uri, version);
                }
            };
        }
    }
}
