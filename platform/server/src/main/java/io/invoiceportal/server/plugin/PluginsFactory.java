package io.invoiceportal.server.plugin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;

/** {@code plugins} in config.yml: the folder of plugin jars. */
public class PluginsFactory {
    @NotBlank
    private String directory = "./target/plugins";

    /**
     * Loads the plugins, unloads them when the application stops, and reports them in the
     * {@code plugins} health check.
     */
    public PluginRegistry build(Environment environment) {
        PluginRegistry registry = new PluginRegistry(Path.of(directory));
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                registry.close();
            }
        });
        environment.healthChecks().register("plugins", new PluginsHealthCheck(registry));
        return registry;
    }

    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }
}
