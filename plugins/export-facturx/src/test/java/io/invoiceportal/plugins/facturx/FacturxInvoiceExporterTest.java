package io.invoiceportal.plugins.facturx;

import static io.invoiceportal.plugins.facturx.FacturxFiles.export;
import static io.invoiceportal.plugins.facturx.FacturxFiles.parse;
import static io.invoiceportal.plugins.facturx.FacturxFiles.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.tenant.LogoRenderer;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.pdf.PdfInvoiceExporter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What a Factur-X file of the example invoice holds, read back with PDFBox. */
class FacturxInvoiceExporterTest {

    private final FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();

    /** The example invoice is valid PDF/A-3b with a valid EN 16931 XML, as Mustang's validator judges it. */
    @Test
    void exampleInvoiceIsValid() throws Exception {
        MustangValidation validation = MustangValidation.of(
                export(exporter, TestViews.invoice().build(), TestViews.exportContext().build()), "2025-0042.pdf");
        assertThat(validation.valid()).as(validation.report()).isTrue();
    }

    /**
     * With a branded tenant (a sample tenant's SVG logo rendered to a transparent PNG by core, its colours) the
     * file is still valid PDF/A-3b: the logo is an image with a soft mask, which PDF/A-3 allows.
     */
    @Test
    void brandedTenantWithLogoIsValid() throws Exception {
        String svg = Files.readString(Path.of("../../tenants-sample/northwind-facilities/logo.svg"));
        TenantView tenant = TestViews.tenant().branding(TenantView.Branding.builder().primaryColor("#0b4f8a")
                .accentColor("#1d5e3a").logoSvg(svg).logoPng(LogoRenderer.png(svg)).build()).build();

        byte[] pdf = export(exporter, TestViews.invoice().build(), TestViews.exportContext().tenant(tenant).build());

        MustangValidation validation = MustangValidation.of(pdf, "2025-0042.pdf");
        assertThat(validation.valid()).as(validation.report()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).anySatisfy(name ->
                    assertThat(page.getResources().isImageXObject(name)).isTrue());
        }
    }

    /** A payment account that is not an IBAN (BT-84 allows any) is written as ProprietaryID and the file stays valid. */
    @Test
    void accountThatIsNotAnIbanIsValid() throws Exception {
        byte[] pdf = export(exporter, TestViews.invoice().payment(InvoiceView.Payment.of("58", "1234567891234", "2025-0042"))
                .build(), TestViews.exportContext().build());
        MustangValidation validation = MustangValidation.of(pdf, "2025-0042.pdf");
        assertThat(validation.valid()).as(validation.report()).isTrue();
        assertThat(value(parse(FacturxFiles.facturxXml(pdf)), "CrossIndustryInvoice/SupplyChainTradeTransaction/"
                + "ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/"
                + "ProprietaryID")).isEqualTo("1234567891234");
    }

    /** The pages are the PDF plugin's layout: the same text as its own export of the invoice. */
    @Test
    void pagesAreThePdfPluginsLayout() throws Exception {
        InvoiceView invoice = TestViews.invoice().build();
        byte[] plain = export(new PdfInvoiceExporter(), invoice, TestViews.exportContext().build());
        byte[] facturx = export(exporter, invoice, TestViews.exportContext().build());
        assertThat(text(facturx)).isEqualTo(text(plain)).contains("Acme Diensten B.V.", "66,29");
    }

    /** The XMP declares PDF/A-3b and the Factur-X extension: INVOICE, factur-x.xml, version 1.0, EN 16931. */
    @Test
    void xmpDeclaresPdfA3bAndFacturX() throws Exception {
        try (PDDocument document = Loader.loadPDF(export(exporter, TestViews.invoice().build(), TestViews.exportContext().build()))) {
            String xmp = FacturxFiles.text(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")B")
                    .containsPattern("fx:DocumentType(>|=\")INVOICE").containsPattern("fx:DocumentFileName(>|=\")factur-x.xml")
                    .containsPattern("fx:Version(>|=\")1.0").containsPattern("fx:ConformanceLevel(>|=\")EN 16931")
                    .contains("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#", "Factuur 2025-0042");
        }
    }

    /** The XML is embedded as factur-x.xml, text/xml, AFRelationship Alternative, listed in the catalog's AF array. */
    @Test
    void embedsTheXmlAsFacturXXml() throws Exception {
        try (PDDocument document = Loader.loadPDF(export(exporter, TestViews.invoice().build(), TestViews.exportContext().build()))) {
            PDComplexFileSpecification file = FacturxFiles.attachments(document).get("factur-x.xml");
            assertThat(file).isNotNull();
            assertThat(file.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Alternative");
            assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("text/xml");
            COSArray af = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(af.size()).isEqualTo(1);
            Document cii = parse(file.getEmbeddedFile().toByteArray());
            assertThat(value(cii, "CrossIndustryInvoice/ExchangedDocument/ID")).isEqualTo("2025-0042");
            assertThat(value(cii, "CrossIndustryInvoice/ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID"))
                    .isEqualTo("urn:cen.eu:en16931:2017");
        }
    }

    /** The output intent is sRGB with its ICC profile, and every font on the pages is embedded. */
    @Test
    void srgbOutputIntentAndEmbeddedFonts() throws Exception {
        try (PDDocument document = Loader.loadPDF(export(exporter, TestViews.invoice().build(), TestViews.exportContext().build()))) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).singleElement().satisfies(intent -> {
                assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                assertThat(intent.getDestOutputIntent().getLength()).isGreaterThan(1000L);
            });
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    /** The CII carries the amounts of the view as they are: lines, VAT breakdown, totals, due date and IBAN. */
    @Test
    void ciiCarriesTheInvoicesAmounts() throws Exception {
        Document cii = parse(FacturxFiles.facturxXml(export(exporter, TestViews.invoice().build(), TestViews.exportContext().build())));
        String settlement = "CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/";
        assertThat(value(cii, settlement + "SpecifiedTradeSettlementHeaderMonetarySummation/GrandTotalAmount")).isEqualTo("66.29");
        assertThat(value(cii, settlement + "SpecifiedTradeSettlementHeaderMonetarySummation/TaxTotalAmount/@currencyID")).isEqualTo("EUR");
        assertThat(value(cii, settlement + "ApplicableTradeTax[2]/CalculatedAmount")).isEqualTo("3.60");
        assertThat(value(cii, settlement + "SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID"))
                .isEqualTo("NL91ABNA0417164300");
        assertThat(value(cii, settlement + "SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString")).isEqualTo("20250413");
        assertThat(value(cii, "CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem[1]/SpecifiedLineTradeDelivery/BilledQuantity/@unitCode"))
                .isEqualTo("KGM");
    }

    /** A credit note is type 381 and names the invoice it corrects. */
    @Test
    void creditNoteNamesThePrecedingInvoice() throws Exception {
        InvoiceView credit = TestViews.invoice().invoiceNumber("2025-0043").documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                .precedingInvoice(InvoiceView.PrecedingInvoice.of("2025-0042", LocalDate.of(2025, 3, 14))).build();
        Document cii = parse(FacturxFiles.facturxXml(export(exporter, credit, TestViews.exportContext().build())));
        assertThat(value(cii, "CrossIndustryInvoice/ExchangedDocument/TypeCode")).isEqualTo("381");
        assertThat(value(cii, "CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/InvoiceReferencedDocument/IssuerAssignedID"))
                .isEqualTo("2025-0042");
    }

    /** The export leaves the caller's context class loader as it found it (the PDF/A step uses the JDK's own for a moment). */
    @Test
    void leavesTheCallersContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader callers = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(callers);
            export(exporter, TestViews.invoice().build(), TestViews.exportContext().build());
            assertThat(thread.getContextClassLoader()).isSameAs(callers);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The customer's readiness names what the seller's and buyer's data lack for EN 16931, and nothing when complete. */
    @Test
    void missingDataNamesWhatThePartiesLack() {
        assertThat(exporter.missingData(TestViews.tenant().build(), TestViews.customer().build())).isEmpty();
        PartyView bareSeller = PartyView.builder().legalName("Acme").build();
        PartyView bareBuyer = PartyView.builder().legalName("Ruiz").address(PartyView.AddressView.of("Dorpsstraat 5", null, "Utrecht", null)).build();
        assertThat(exporter.missingData(TestViews.tenant().seller(bareSeller).build(), TestViews.customer().party(bareBuyer).build()))
                .containsExactly("BT-40 Seller country code", "BT-31 Seller VAT identifier", "BT-55 Buyer country code");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
