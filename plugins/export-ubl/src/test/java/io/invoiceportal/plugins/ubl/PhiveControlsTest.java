package io.invoiceportal.plugins.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator itself: the official Peppol examples pass, and a broken copy of each fails. */
class PhiveControlsTest {

    /** Every official Peppol BIS 3 example is valid under Peppol 2026.5 and EN 16931, as published. */
    @ParameterizedTest
    @ValueSource(strings = {"Allowance-example", "Vat-category-S", "base-creditnote-correction", "base-example",
            "base-negative-inv-correction", "sales-order-example", "vat-category-E", "vat-category-O", "vat-category-Z"})
    void officialExamplesAreValid(String name) throws IOException {
        byte[] xml = fixture(name);
        assertThat(Phive.peppol(xml)).as(name + " under Peppol").isEmpty();
        assertThat(Phive.en16931(xml)).as(name + " under EN 16931").isEmpty();
    }

    /** The same example with a wrong payable amount and without its buyer reference is rejected by both rule sets. */
    @ParameterizedTest
    @ValueSource(strings = {"base-example", "base-creditnote-correction"})
    void brokenExampleIsInvalid(String name) throws IOException {
        String xml = new String(fixture(name), StandardCharsets.UTF_8);
        String broken = xml.replaceFirst("<cbc:PayableAmount currencyID=\"EUR\">[0-9.]+</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">1.00</cbc:PayableAmount>")
                .replaceFirst("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "");
        assertThat(broken).isNotEqualTo(xml);
        byte[] bytes = broken.getBytes(StandardCharsets.UTF_8);
        assertThat(Phive.en16931(bytes)).anyMatch(error -> error.contains("BR-CO-16"));
        assertThat(Phive.peppol(bytes)).anyMatch(error -> error.contains("BR-CO-16"))
                .anyMatch(error -> error.contains("PEPPOL-EN16931-R003"));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PhiveControlsTest.class.getResourceAsStream("/fixtures/peppol/" + name + ".xml")) {
            return in.readAllBytes();
        }
    }
}
