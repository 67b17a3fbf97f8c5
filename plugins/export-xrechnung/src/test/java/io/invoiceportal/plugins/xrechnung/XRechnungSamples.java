package io.invoiceportal.plugins.xrechnung;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugins.ubl.UblSamples;
import io.invoiceportal.plugin.testkit.TestViews;
import java.util.Locale;

/** A German seller invoicing a German public authority by its Leitweg-ID; amounts as the UBL samples. */
final class XRechnungSamples {

    static final String LEITWEG_ID = "04011000-12345-34";

    private XRechnungSamples() {}

    static PartyView.Builder seller() {
        return PartyView.builder()
                .legalName("Muster Dienstleistungen GmbH")
                .address(PartyView.AddressView.of("Hauptstraße 1", "10115", "Berlin", "DE"))
                .vatId("DE123456789")
                .endpointScheme("EM")
                .endpointId("rechnung@muster.example")
                .iban("DE02120300000000202051")
                .contact(PartyView.Contact.of("Erika Muster", "+49 30 1234567", "erika@muster.example"));
    }

    static CustomerView.Builder buyer() {
        return TestViews.customer().customerNumber("B-77").locale(Locale.GERMAN).party(PartyView.builder()
                .legalName("Stadtverwaltung Beispielstadt")
                .address(PartyView.AddressView.of("Rathausplatz 2", "04109", "Leipzig", "DE"))
                .endpointScheme("0204")
                .endpointId(LEITWEG_ID)
                .build());
    }

    static TenantView tenant() {
        return TestViews.tenant().seller(seller().build()).build();
    }

    static InvoiceView.Builder invoice() {
        return UblSamples.invoice().seller(seller().build()).buyer(buyer().build()).buyerReference(LEITWEG_ID)
                .payment(InvoiceView.Payment.of("58", "DE02120300000000202051", "2025-0042"));
    }

    static InvoiceView.Builder rich() {
        return UblSamples.rich().seller(seller().build()).buyer(buyer().build()).buyerReference(LEITWEG_ID)
                .payment(InvoiceView.Payment.of("58", "DE02120300000000202051", "2025-0042"));
    }

    static ExportContext context() {
        return TestViews.exportContext().tenant(tenant()).settings(PluginSettings.none()).build();
    }
}
