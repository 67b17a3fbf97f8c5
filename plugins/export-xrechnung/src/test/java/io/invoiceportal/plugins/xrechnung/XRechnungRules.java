package io.invoiceportal.plugins.xrechnung;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xrechnung.XRechnungValidation;
import io.invoiceportal.plugins.ubl.Phive;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** XRechnung 3.0.2 through phive (KoSIT's rules: EN 16931, the XRechnung CIUS and the UBL schema). */
final class XRechnungRules {

    private XRechnungRules() {}

    /** The errors XRechnung 3.0.2 finds, empty when valid. */
    static List<String> errors(byte[] xml) {
        Phive.register("en16931", EN16931Validation::initEN16931);
        Phive.register("xrechnung", XRechnungValidation::initXRechnung);
        return Phive.errors(Phive.creditNote(xml) ? XRechnungValidation.VID_XRECHNUNG_UBL_CREDITNOTE_302
                : XRechnungValidation.VID_XRECHNUNG_UBL_INVOICE_302, xml);
    }

    static void assertValid(byte[] xml) {
        assertThat(errors(xml)).as("XRechnung 3.0.2 errors in%n%s", new String(xml, StandardCharsets.UTF_8)).isEmpty();
    }
}
