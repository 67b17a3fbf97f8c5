package io.invoiceportal.server.command;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.db.Database;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code load-samples config.yml}: loads tenants-sample/ (idempotent) and exits. */
public class LoadSamplesCommand extends ConfiguredCommand<PortalConfiguration> {

    public LoadSamplesCommand() {
        super("load-samples", "Loads the sample tenants of samples.directory; what exists is left as it is");
    }

    @Override
    protected void run(Bootstrap<PortalConfiguration> bootstrap, Namespace namespace, PortalConfiguration config)
            throws Exception {
        Managed embedded = config.getDatabase().prepare(Path.of(config.getDataDir(), "postgres"));
        try {
            ManagedDataSource ds = config.getDatabase().build(bootstrap.getMetricRegistry(), "samples");
            try {
                Database.migrate(ds);
                ExporterCatalog none = new ExporterCatalog() {
                    @Override
                    public List<InvoiceExporter> exporters() {
                        return List.of();
                    }

                    @Override
                    public List<DeliveryChannel> channels() {
                        return List.of();
                    }
                };
                Services services = Services.build(Database.jdbi(ds), none, config.getTenantDefaults().build(),
                        config.getPublicUrl(), Clock.systemUTC());
                services.sampleLoader().loadAll(Path.of(config.getSamples().getDirectory()));
            } finally {
                ds.stop();
            }
        } finally {
            embedded.stop();
        }
    }
}
