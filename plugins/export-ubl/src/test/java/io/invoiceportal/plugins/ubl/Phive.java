package io.invoiceportal.plugins.ubl;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The official rules through phive: Peppol BIS Billing 3.0 (release 2026.5) and EN 16931 (UBL,
 * validation artefacts 1.3.16), each with the UBL 2.1 schema. A document is valid when no error
 * (warnings allowed) is reported. Each rule set is registered when first used, so a module with
 * other phive rules on its class path (export-xrechnung) registers its own with {@link #register}.
 */
public final class Phive {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();
    private static final Set<String> REGISTERED = new HashSet<>();

    private Phive() {}

    /**
     * Registers rule sets once under {@code name}, such as {@code XRechnungValidation::initXRechnung};
     * the EN 16931 sets are registered under {@code "en16931"}.
     */
    public static synchronized void register(String name, Consumer<ValidationExecutorSetRegistry<IValidationSourceXML>> init) {
        if (!REGISTERED.contains(name)) {
            init.accept(REGISTRY);
            REGISTERED.add(name);
        }
    }

    /** The errors Peppol BIS Billing 3.0 (2026.5) finds, empty when valid. */
    public static List<String> peppol(byte[] xml) {
        register("peppol", PeppolValidation2026_05::init);
        return errors(creditNote(xml) ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml);
    }

    /** The errors EN 16931 (1.3.16, UBL) finds, empty when valid. */
    public static List<String> en16931(byte[] xml) {
        register("en16931", EN16931Validation::initEN16931);
        return errors(creditNote(xml) ? EN16931Validation.VID_UBL_CREDIT_NOTE_1316 : EN16931Validation.VID_UBL_INVOICE_1316, xml);
    }

    /** Whether the document is a UBL CreditNote (else an Invoice). */
    public static boolean creditNote(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 2000), StandardCharsets.UTF_8);
        return head.contains("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
    }

    /** The errors the rule set {@code id} finds, each as rule id and text; empty when valid. */
    public static List<String> errors(DVRCoordinate id, byte[] xml) {
        IValidationExecutorSet<IValidationSourceXML> set;
        synchronized (Phive.class) {
            set = REGISTRY.getOfID(id);
        }
        if (set == null) {
            throw new IllegalStateException("phive has no rule set " + id);
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), set,
                ValidationSourceXML.create(new ReadableResourceByteArray(xml)), Locale.US);
        List<String> errors = new ArrayList<>();
        results.forEachFlattened(error -> error.isError(),
                error -> errors.add(error.getErrorID() + " " + error.getErrorText(Locale.US)));
        if (results.size() == 0) {
            throw new IllegalStateException("phive ran no validation step for " + id);
        }
        return errors;
    }
}
