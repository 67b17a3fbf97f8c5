package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import io.invoiceportal.plugin.api.TenantView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pf4j.Extension;

/**
 * An invoice or credit note as UBL 2.1 per Peppol BIS Billing 3.0 (see README.md). An invoice the
 * Peppol rules would reject for missing data is refused with the missing business terms; with the
 * tenant's setting {@value #SERVE_ORIGINAL}, an invoice imported from UBL is served as it came.
 */
@Extension
public class UblInvoiceExporter implements InvoiceExporter {

    /** The BOOLEAN setting: serve an imported UBL original byte for byte instead of a new document. */
    public static final String SERVE_ORIGINAL = "serveImportedOriginal";

    private static final UblProfile PEPPOL = new PeppolProfile();

    @Override
    public String id() {
        return "ubl";
    }

    @Override
    public String displayName(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n.ubl", language, UblInvoiceExporter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("displayName");
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
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.builder(SERVE_ORIGINAL, SettingType.BOOLEAN)
                .defaultValue("false")
                .description("Serve an invoice imported as UBL exactly as it was received instead of a newly written document.")
                .build());
    }

    @Override
    public List<String> missingData(TenantView tenant, CustomerView customer) {
        return PEPPOL.missingFromParties(tenant.seller(), customer);
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws ExportException, IOException {
        byte[] original = context.settings().bool(SERVE_ORIGINAL) ? ImportedOriginal.ubl(invoice) : null;
        if (original != null) {
            out.write(original);
            return;
        }
        UblExport.write(invoice, PEPPOL, "Peppol BIS Billing 3.0 UBL", out);
    }
}
