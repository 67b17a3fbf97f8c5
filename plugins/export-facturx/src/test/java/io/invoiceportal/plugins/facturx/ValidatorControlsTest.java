package io.invoiceportal.plugins.facturx;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.pdf.PdfInvoiceExporter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The validator's controls: it accepts the official Factur-X examples and refuses files that are
 * not Factur-X, so that its "valid" for our files means something.
 */
class ValidatorControlsTest {

    /** Each official example of the ZUGFeRD corpus (src/test/resources/facturx/README.md) is valid PDF/A-3 with valid XML. */
    @ParameterizedTest
    @ValueSource(strings = {"EN16931_Einfach.pdf", "EN16931_Gutschrift.pdf", "zugferd_2p1_EN16931_2_Teilrechnung.pdf"})
    void officialExamplesAreValid(String name) throws IOException {
        MustangValidation validation = MustangValidation.of(fixture(name), name);
        assertThat(validation.valid()).as(validation.report()).isTrue();
    }

    /** The PDF plugin's plain PDF (no PDF/A, no XML) is refused. */
    @Test
    void plainPdfIsRefused() throws Exception {
        byte[] plain = FacturxFiles.export(new PdfInvoiceExporter(), TestViews.invoice().build(), TestViews.exportContext().build());
        MustangValidation validation = MustangValidation.of(plain, "plain.pdf");
        assertThat(validation.pdfStatus()).as(validation.report()).isEqualTo("invalid");
        assertThat(validation.valid()).isFalse();
    }

    /** A Factur-X file whose XML total does not add up (BR-CO-15: total with VAT = without VAT + VAT) is refused on the XML. */
    @Test
    void wrongTotalInTheXmlIsRefused() throws Exception {
        InvoiceView wrong = InvoiceView.builder(TestViews.invoice().build())
                .totals(InvoiceView.Totals.builder().lineTotal(new BigDecimal("58.75")).taxExclusive(new BigDecimal("58.75"))
                        .taxTotal(new BigDecimal("7.54")).taxInclusive(new BigDecimal("66.30")).payable(new BigDecimal("66.30")).build())
                .build();
        MustangValidation validation = MustangValidation.of(
                FacturxFiles.export(new FacturxInvoiceExporter(), wrong, TestViews.exportContext().build()), "wrong.pdf");
        assertThat(validation.pdfStatus()).isEqualTo("valid");
        assertThat(validation.xmlStatus()).as(validation.report()).isEqualTo("invalid");
        assertThat(validation.report()).contains("BR-CO-15");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ValidatorControlsTest.class.getResourceAsStream("/facturx/" + name)) {
            return in.readAllBytes();
        }
    }
}
