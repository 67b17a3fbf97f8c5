package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.util.List;

/**
 * A flavour of UBL 2.1 (Peppol BIS Billing 3.0, XRechnung 3.0): the identifiers it puts in the
 * document and what it asks of the data. Every missing term is given as its EN 16931 id and name,
 * for example {@code "BT-49 Buyer electronic address"}.
 */
public interface UblProfile {

    /** BT-24, {@code cbc:CustomizationID}. */
    String customizationId();

    /** BT-23, {@code cbc:ProfileID}. */
    String profileId();

    /** What every invoice from {@code seller} to {@code buyer} needs and the parties' data lacks. */
    List<String> missingFromParties(PartyView seller, CustomerView buyer);

    /**
     * What this invoice lacks (the parties' gaps included), each with the rule that needs it; empty
     * when the document can be written.
     */
    List<Gap> missingFromInvoice(InvoiceView invoice);

    /**
     * Why the profile cannot carry the invoice at all (no data added would help), or {@code null};
     * none by default.
     */
    default String unsupported(InvoiceView invoice) {
        return null;
    }

    /** One missing business term and the official rule that asks for it. */
    record Gap(String term, String rule) {}
}
