package io.invoiceportal.server.readiness;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "einvoice" format of a test plugin jar ({@link ReadinessIT}): it needs the buyer's electronic
 * address and the seller's contact e-mail, says so in {@link #missingData}, and refuses an export
 * without them naming the missing terms.
 */
public class EndpointExporter implements InvoiceExporter {
    static final String BUYER_ENDPOINT = "BT-49 Buyer electronic address";
    static final String SELLER_EMAIL = "BT-43 Seller contact email address";

    @Override
    public String id() {
        return "einvoice";
    }

    @Override
    public String displayName(Locale locale) {
        return "E-invoice";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public List<String> missingData(TenantView tenant, CustomerView customer) {
        return missing(tenant.seller(), customer.party());
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException, ExportException {
        List<String> missing = missing(invoice.seller(), invoice.buyer().party());
        if (!missing.isEmpty()) {
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " lacks data for an e-invoice", missing);
        }
        out.write(("<invoice>" + invoice.invoiceNumber() + "</invoice>").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> missing(PartyView seller, PartyView buyer) {
        List<String> missing = new ArrayList<>();
        if (buyer.endpointId() == null) {
            missing.add(BUYER_ENDPOINT);
        }
        if (seller.contact() == null || seller.contact().email() == null) {
            missing.add(SELLER_EMAIL);
        }
        return missing;
    }
}
