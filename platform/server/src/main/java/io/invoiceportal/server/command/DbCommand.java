package io.invoiceportal.server.command;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.db.Database;
import io.invoiceportal.server.PortalConfiguration;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code db migrate config.yml}: brings the schema up to date and exits. */
public class DbCommand extends ConfiguredCommand<PortalConfiguration> {

    public DbCommand() {
        super("db", "Database tasks: 'db migrate config.yml' applies the Flyway migrations");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate").help("what to do");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<PortalConfiguration> bootstrap, Namespace namespace, PortalConfiguration config)
            throws Exception {
        Managed embedded = config.getDatabase().prepare(Path.of(config.getDataDir(), "postgres"));
        try {
            ManagedDataSource ds = config.getDatabase().build(bootstrap.getMetricRegistry(), "migrate");
            try {
                Database.migrate(ds);
            } finally {
                ds.stop();
            }
        } finally {
            embedded.stop();
        }
    }
}
