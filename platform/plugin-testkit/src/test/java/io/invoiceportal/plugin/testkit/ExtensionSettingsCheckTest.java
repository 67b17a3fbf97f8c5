package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import io.invoiceportal.plugin.loader.ExtensionChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The load-time check asks for the declared settings, so a broken declaration shows up at start. */
class ExtensionSettingsCheckTest {

    static DeliveryChannel declaring(Supplier<List<SettingDefinition>> settings) {
        return new DeliveryChannel() {
            @Override
            public String id() {
                return "hook";
            }

            @Override
            public String displayName(Locale locale) {
                return "Hook";
            }

            @Override
            public DeliveryResult deliver(Notification notification, DeliveryContext context) {
                return DeliveryResult.sent();
            }

            @Override
            public List<SettingDefinition> settings() {
                return settings.get();
            }
        };
    }

    @Test
    void aValidDeclarationPasses() {
        assertThat(ExtensionChecks.channel(declaring(() -> List.of(
                SettingDefinition.builder("url", SettingType.URL).build())))).isEqualTo("hook");
    }

    @Test
    void anInvalidDefaultOrAMissingListFailsTheCheck() {
        assertThatThrownBy(() -> ExtensionChecks.channel(declaring(() -> List.of(
                SettingDefinition.builder("retries", SettingType.INTEGER).defaultValue("three").build()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retries").hasMessageContaining("whole number");
        assertThatThrownBy(() -> ExtensionChecks.channel(declaring(() -> null))).hasMessageContaining("settings()");
        assertThatThrownBy(() -> ExtensionChecks.channel(declaring(() -> Arrays.asList((SettingDefinition) null))))
                .hasMessageContaining("settings()");
    }
}
