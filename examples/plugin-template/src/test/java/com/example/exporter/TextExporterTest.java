package com.example.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the format writes, with the test kit's invoice (2025-0042 from Acme Diensten to Bakkerij Ruiz). */
class TextExporterTest {
    final TextExporter exporter = new TextExporter();

    @Test
    void writesTheSummaryInTheReadersLanguageWithTheTenantsFooter() throws Exception {
        assertThat(export(TestViews.DUTCH, Map.of("footer", "Betalen binnen 30 dagen"))).isEqualTo("""
                Factuur 2025-0042
                Datum: 2025-03-14
                Van: Acme Diensten B.V.
                Aan: Bakkerij Ruiz B.V.
                Te betalen: EUR 66.29
                Betalen binnen 30 dagen
                """);
        assertThat(export(Locale.ENGLISH, Map.of())).startsWith("Invoice 2025-0042\n").endsWith("Amount due: EUR 66.29\n");
    }

    private String export(Locale locale, Map<String, String> settings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(TestViews.invoice().build(), TestViews.exportContext().locale(locale)
                .settings(PluginSettings.of(exporter.settings(), settings)).build(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
