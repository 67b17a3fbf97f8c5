package io.invoiceportal.core.ubl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.InvoiceDrafts;
import io.invoiceportal.core.invoice.InvoiceRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official examples (src/test/resources/ubl): each is EN 16931-valid under phive, and each is
 * imported or refused exactly for the reason docs/invoice-model.md lists for it.
 */
class UblExamplesTest {
    /** Imports: the buyer is found (here: any identifier) and the totals agree. */
    private static final String IMPORTS = "imports";
    /** Refused at matching: the buyer party carries no identifier at all. */
    private static final String NO_BUYER_ID = "no buyer identifier";

    /** File, and the first refusal (field and message key) or one of the two outcomes above. */
    static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("en16931-examples/BIS3_Invoice_negativ.XML", "LegalMonetaryTotal/PrepaidAmount payable.negative"),
            Map.entry("en16931-examples/BIS3_Invoice_positive.XML", IMPORTS),
            Map.entry("en16931-examples/guide-example1.xml", "InvoiceLine[20]/LineExtensionAmount ubl.totalDiffers"),
            Map.entry("en16931-examples/guide-example2.xml", "InvoiceLine[1]/AllowanceCharge ubl.unsupported"),
            Map.entry("en16931-examples/guide-example3.xml", "InvoiceLine[1]/LineExtensionAmount ubl.totalDiffers"),
            Map.entry("en16931-examples/issue116.xml", IMPORTS),
            Map.entry("en16931-examples/sample-discount-price.xml", "ID number.format"),
            Map.entry("en16931-examples/ubl-tc434-creditnote1.xml", "ID number.format"),
            Map.entry("en16931-examples/ubl-tc434-example1.xml", "InvoiceLine[20]/LineExtensionAmount ubl.totalDiffers"),
            Map.entry("en16931-examples/ubl-tc434-example10.xml", "InvoiceLine[20]/LineExtensionAmount ubl.totalDiffers"),
            Map.entry("en16931-examples/ubl-tc434-example2.xml", "InvoiceLine[1]/AllowanceCharge ubl.unsupported"),
            Map.entry("en16931-examples/ubl-tc434-example3.xml", "InvoiceLine[1]/LineExtensionAmount ubl.totalDiffers"),
            Map.entry("en16931-examples/ubl-tc434-example4.xml", IMPORTS),
            Map.entry("en16931-examples/ubl-tc434-example5.xml", "InvoiceLine[1]/AllowanceCharge ubl.unsupported"),
            Map.entry("en16931-examples/ubl-tc434-example6.xml", NO_BUYER_ID),
            Map.entry("en16931-examples/ubl-tc434-example7.xml", NO_BUYER_ID),
            Map.entry("en16931-examples/ubl-tc434-example8.xml", "InvoiceLine[2]/Price/PriceAmount decimal.scale"),
            Map.entry("en16931-examples/ubl-tc434-example9.xml", NO_BUYER_ID),
            Map.entry("peppol/Allowance-example.xml", "InvoiceLine[1]/AllowanceCharge ubl.unsupported"),
            Map.entry("peppol/Vat-category-S.xml", IMPORTS),
            Map.entry("peppol/base-creditnote-correction.xml", IMPORTS),
            Map.entry("peppol/base-example.xml", IMPORTS),
            Map.entry("peppol/base-negative-inv-correction.xml", "AllowanceCharge[ChargeIndicator=true][1]/Amount amount.negative"),
            Map.entry("peppol/sales-order-example.xml", IMPORTS),
            Map.entry("peppol/vat-category-E.xml", IMPORTS),
            Map.entry("peppol/vat-category-O.xml", IMPORTS),
            Map.entry("peppol/vat-category-Z.xml", IMPORTS)));

    static Stream<String> examples() {
        return EXPECTED.keySet().stream();
    }

    /** Each example passes the EN 16931 rules and then imports or is refused for its listed reason only. */
    @ParameterizedTest
    @MethodSource("examples")
    void importsOrIsRefusedForItsListedReason(String name) {
        UblDocument document = UblReader.read(UblReaderTest.example(name));
        assertThat(UblRules.en16931(document)).as(name).isEmpty();
        String expected = EXPECTED.get(name);
        if (expected.equals(IMPORTS)) {
            InvoiceRequest request = UblImportService.checked(document, party -> "C-1");
            assertThat(InvoiceDrafts.compute(request).amounts().payable())
                    .isEqualByComparingTo(UblInvoice.of(document).totals().getPayableAmountValue());
        } else if (expected.equals(NO_BUYER_ID)) {
            var party = UblInvoice.of(document).customer().getParty();
            assertThat(party.getEndpointID()).isNull();
            assertThat(party.getPartyTaxScheme()).isEmpty();
            assertThat(party.getPartyIdentification()).isEmpty();
        } else {
            assertThatThrownBy(() -> UblImportService.checked(document, party -> "C-1"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        FieldError first = e.errors().get(0);
                        assertThat(first.field() + " " + first.message()).isEqualTo(expected);
                    });
        }
    }
}
