package io.invoiceportal.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads config.yml like Dropwizard does, but a wrong value is reported with the environment
 * variable that sets it, so "server.applicationConnectors[0].port: not an int" reads
 * "... (set it with PORTAL_HTTP_PORT)".
 */
class SettingsConfigurationFactory extends YamlConfigurationFactory<PortalConfiguration> {
    /** Config path fragments and the variable that sets them, most specific first. */
    static final Map<String, String> VARIABLES = new LinkedHashMap<>();

    static {
        VARIABLES.put("bindHost", "PORTAL_ADMIN_BIND_HOST");
        VARIABLES.put("applicationConnectors", "PORTAL_HTTP_PORT");
        VARIABLES.put("adminConnectors", "PORTAL_ADMIN_PORT");
        VARIABLES.put("publicUrl", "PORTAL_PUBLIC_URL");
        VARIABLES.put("trustForwardedHost", "PORTAL_TRUST_FORWARDED_HOST");
        VARIABLES.put("database.url", "PORTAL_DATABASE_URL");
        VARIABLES.put("database.user", "PORTAL_DATABASE_USER");
        VARIABLES.put("database.password", "PORTAL_DATABASE_PASSWORD");
        VARIABLES.put("smtp.host", "PORTAL_SMTP_HOST");
        VARIABLES.put("smtp.port", "PORTAL_SMTP_PORT");
        VARIABLES.put("smtp.user", "PORTAL_SMTP_USER");
        VARIABLES.put("smtp.password", "PORTAL_SMTP_PASSWORD");
        VARIABLES.put("smtp.from", "PORTAL_SMTP_FROM");
        VARIABLES.put("adminKey", "PORTAL_ADMIN_KEY");
        VARIABLES.put("plugins.directory", "PORTAL_PLUGINS_DIR");
        VARIABLES.put("dataDir", "PORTAL_DATA_DIR");
        VARIABLES.put("samples.load", "PORTAL_LOAD_SAMPLES");
        VARIABLES.put("samples.directory", "PORTAL_SAMPLES_DIR");
        VARIABLES.put("delivery.pollMillis", "PORTAL_OUTBOX_POLL_MILLIS");
        VARIABLES.put("delivery.leaseSeconds", "PORTAL_OUTBOX_LEASE_SECONDS");
    }

    SettingsConfigurationFactory(Class<PortalConfiguration> klass, Validator validator, ObjectMapper mapper,
            String prefix) {
        super(klass, validator, mapper, prefix);
    }

    @Override
    public PortalConfiguration build(ConfigurationSourceProvider provider, String path)
            throws IOException, ConfigurationException {
        try {
            return super.build(provider, path);
        } catch (ConfigurationException e) {
            throw new NamedSettingException(path, e.getErrors().stream().map(SettingsConfigurationFactory::name).toList(), e);
        }
    }

    /** The error with the variable that sets the value it is about, when one does. */
    static String name(String error) {
        String flat = error.replace(".[", "[").replaceAll("\\[\\d+]", "");
        for (Map.Entry<String, String> e : VARIABLES.entrySet()) {
            if (flat.contains(e.getKey())) {
                return error.strip() + " (set it with " + e.getValue() + ")";
            }
        }
        return error;
    }

    /** A configuration error whose messages name the environment variables. */
    static class NamedSettingException extends ConfigurationException {
        NamedSettingException(String path, Collection<String> errors, Throwable cause) {
            super(path, errors, cause);
        }

        List<String> errors() {
            return List.copyOf(getErrors());
        }
    }
}
