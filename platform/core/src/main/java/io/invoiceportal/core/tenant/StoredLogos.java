package io.invoiceportal.core.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every stored branding logo through the {@link SvgSanitizer}: logos stored before it existed
 * are kept to what its allow-list permits; a logo it refuses is removed (logged with the tenant).
 */
public final class StoredLogos {
    private static final Logger LOG = LoggerFactory.getLogger(StoredLogos.class);

    private StoredLogos() {}

    /** Cleans the logos of all tenants on {@code connection} (a migration's transaction). */
    public static void sanitizeAll(Connection connection) throws SQLException {
        Map<Long, String[]> logos = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, slug, settings->'branding'->>'logoSvg'"
                + " from tenant where settings->'branding'->>'logoSvg' is not null order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                logos.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update tenant set settings ="
                + " jsonb_set(settings, '{branding,logoSvg}', coalesce(to_jsonb(?::text), 'null'::jsonb)) where id = ?")) {
            for (Map.Entry<Long, String[]> logo : logos.entrySet()) {
                String slug = logo.getValue()[0];
                String stored = logo.getValue()[1];
                String clean;
                try {
                    clean = SvgSanitizer.sanitize(stored);
                } catch (SvgSanitizer.Refused e) {
                    LOG.warn("Removed the stored logo of tenant '{}': {}", slug, e.getMessage());
                    clean = null;
                }
                if (!stored.equals(clean)) {
                    update.setString(1, clean);
                    update.setLong(2, logo.getKey());
                    update.executeUpdate();
                }
            }
        }
    }
}
