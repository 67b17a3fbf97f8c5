package db.migration;

import io.invoiceportal.core.tenant.StoredLogos;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Logos stored before the SVG sanitiser existed are cleaned by it (or removed when it refuses them). */
public class V13__sanitize_stored_logos extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StoredLogos.sanitizeAll(context.getConnection());
    }
}
