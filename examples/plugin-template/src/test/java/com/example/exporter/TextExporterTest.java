package com.example.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextExporterTest {
    static final PartyView SELLER = PartyView.builder().legalName("Acme Energie B.V.").build();
    static final CustomerView BUYER = CustomerView.builder().customerNumber("C-1")
            .party(PartyView.builder().legalName("Bakkerij De Korenschoof B.V.").build()).locale(Locale.of("nl")).build();

    final TextExporter exporter = new TextExporter();

    @Test
    void writesTheSummaryInTheReadersLanguageWithTheTenantsFooter() throws Exception {
        assertThat(export(Locale.of("nl"), Map.of("footer", "Betalen binnen 14 dagen"))).isEqualTo("""
                Factuur 2026-0001
                Datum: 2026-11-01
                Van: Acme Energie B.V.
                Aan: Bakkerij De Korenschoof B.V.
                Te betalen: EUR 1210.00
                Betalen binnen 14 dagen
                """);
        assertThat(export(Locale.ENGLISH, Map.of())).startsWith("Invoice 2026-0001\n").endsWith("Amount due: EUR 1210.00\n");
    }

    @Test
    void hasAnIdThePortalAccepts() {
        assertThat(exporter.id()).matches("[a-z0-9-]+");
        assertThat(exporter.displayName(Locale.ENGLISH)).isNotBlank();
    }

    private String export(Locale locale, Map<String, String> settings) throws Exception {
        BigDecimal amount = new BigDecimal("1210.00");
        InvoiceView invoice = InvoiceView.builder().invoiceNumber("2026-0001").issueDate(LocalDate.of(2026, 11, 1))
                .currency("EUR").seller(SELLER).buyer(BUYER)
                .totals(InvoiceView.Totals.builder().lineTotal(amount).taxExclusive(amount).taxTotal(BigDecimal.ZERO)
                        .taxInclusive(amount).payable(amount).build())
                .build();
        TenantView tenant = TenantView.builder().slug("acme").name("Acme").defaultLocale(Locale.of("nl")).seller(SELLER)
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", null)).portalUrl("https://portal.example/t/acme")
                .build();
        ExportContext context = ExportContext.builder().tenant(tenant).locale(locale).clock(Clock.systemUTC())
                .settings(PluginSettings.of(exporter.settings(), settings)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
