package io.invoiceportal.server.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.phive.xrechnung.XRechnungValidation;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import io.invoiceportal.server.testing.PortalApp;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sample tenants publish is what a real issuer would: every one of their invoices exports in
 * each e-invoice format the tenant offers without a refusal, and the exported files are valid under
 * the official rules run by phive (ubl: EN 16931 and Peppol BIS Billing 3.0; xrechnung: XRechnung
 * 3.0.2). Validation takes 0.1-0.5 s a file, so every invoice with a credit note, an allowance, a
 * charge or an exemption is validated, and every twentieth of the others.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SampleEInvoicesIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("sample-einvoices");
    static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();
    static final Path SAMPLES = Path.of(PortalApp.configFile()).resolveSibling("tenants-sample");
    static Services services;

    @BeforeAll
    static void setUp() {
        services = APP.<PortalApplication>getApplication().services();
        services.sampleLoader().loadAll(SAMPLES);
        EN16931Validation.initEN16931(RULES);
        PeppolValidation2026_05.init(RULES);
        XRechnungValidation.initXRechnung(RULES);
    }

    /** Every sample invoice exports in the format, and the validated ones break no official rule. */
    @ParameterizedTest
    @CsvSource({"hollandse-energie, ubl", "northwind-facilities, ubl", "northwind-facilities, xrechnung"})
    void sampleInvoicesAreValid(String slug, String format) throws Exception {
        Tenant tenant = services.tenants().findBySlug(slug).orElseThrow();
        assertThat(services.exports().formats(tenant)).as(slug + " offers " + format)
                .anyMatch(exporter -> exporter.id().equals(format));
        JsonNode invoices = new ObjectMapper().readTree(SAMPLES.resolve(slug).resolve("invoices.json").toFile());
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int validated = 0;
        int creditNotes = 0;
        for (int i = 0; i < invoices.size(); i++) {
            JsonNode request = invoices.get(i);
            Invoice invoice = services.invoices().get(tenant, request.path("invoiceNumber").asText());
            byte[] file = export(tenant, invoice, format);
            boolean special = request.has("allowances") || request.has("charges") || request.has("vatExemptions")
                    || request.path("documentType").asText("invoice").equals("credit-note");
            if (special || i % 20 == 0) {
                boolean credit = new String(file, 0, Math.min(file.length, 400)).contains("<CreditNote");
                creditNotes += credit ? 1 : 0;
                List<String> broken = new ArrayList<>();
                for (DVRCoordinate rules : rules(format, credit)) {
                    broken.addAll(failures(file, rules));
                }
                if (!broken.isEmpty()) {
                    failures.put(invoice.invoiceNumber(), broken);
                }
                validated++;
            }
        }
        assertThat(failures).as("invalid " + format + " files of " + slug).isEmpty();
        assertThat(validated).as("files validated").isGreaterThan(invoices.size() / 20);
        assertThat(creditNotes).as("credit notes validated").isPositive();
    }

    private static byte[] export(Tenant tenant, Invoice invoice, String format) throws Exception {
        ExportService.Rendering rendering = services.exports().render(tenant, invoice, format, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            rendering.writer().writeTo(out);
        } catch (ExportException e) {
            throw new AssertionError(invoice.invoiceNumber() + " refused as " + format + ": " + e.getMessage() + " "
                    + e.missingTerms(), e);
        }
        return out.toByteArray();
    }

    /** The errors phive reports for {@code xml} under {@code rules}, each as "rule: text". */
    private static List<String> failures(byte[] xml, DVRCoordinate rules) throws Exception {
        List<String> found = new ArrayList<>();
        ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), RULES.getOfID(rules),
                ValidationSourceXML.create(null, UblRoundTripIT.parse(xml)), Locale.ENGLISH)
                .forEachFlattened(IError::isError, e -> found.add(e.getErrorID() + ": " + e.getErrorText(Locale.ENGLISH)));
        return found;
    }

    private static List<DVRCoordinate> rules(String format, boolean credit) {
        if (format.equals("xrechnung")) {
            return List.of(credit ? XRechnungValidation.VID_XRECHNUNG_UBL_CREDITNOTE_302
                    : XRechnungValidation.VID_XRECHNUNG_UBL_INVOICE_302);
        }
        return credit
                ? List.of(EN16931Validation.VID_UBL_CREDIT_NOTE_1316, PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3)
                : List.of(EN16931Validation.VID_UBL_INVOICE_1316, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
    }
}
