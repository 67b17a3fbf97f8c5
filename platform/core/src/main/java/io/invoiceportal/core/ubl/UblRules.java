package io.invoiceportal.core.ubl;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The official rules, run in-process by phive on the parsed document: EN 16931 (UBL syntax binding,
 * validation artefacts 1.3.16: the UBL 2.1 schema, then the CEN Schematron) and Peppol BIS Billing
 * 3.0 (2026.5 release). Only errors count; warnings are not reported. The rule sets compile once,
 * on first use, and are then shared by all threads.
 */
final class UblRules {
    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();
    /** The Schematron's way of naming the root element: {@code *:Invoice[namespace-uri()='…']} becomes {@code Invoice}. */
    private static final Pattern NAMESPACE_TEST = Pattern.compile("\\*:(\\w+)\\[namespace-uri\\(\\)='[^']*'\\]");

    private UblRules() {}

    /** A broken rule: its official id (null for a schema error), where in the document, and its text. */
    record Failure(String rule, String location, String text) {}

    static List<Failure> en16931(UblDocument document) {
        return run(document, document.kind() == UblDocument.Kind.INVOICE
                ? EN16931Validation.VID_UBL_INVOICE_1316 : EN16931Validation.VID_UBL_CREDIT_NOTE_1316);
    }

    static List<Failure> peppol(UblDocument document) {
        return run(document, document.kind() == UblDocument.Kind.INVOICE
                ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
    }

    private static List<Failure> run(UblDocument document, DVRCoordinate rules) {
        IValidationExecutorSet<IValidationSourceXML> set = REGISTRY.getOfID(rules);
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), set,
                ValidationSourceXML.create(null, document.dom()), Locale.ENGLISH);
        List<Failure> failures = new ArrayList<>();
        results.forEachFlattened(IError::isError, e -> failures.add(failure(e)));
        return failures;
    }

    private static Failure failure(IError e) {
        String location = e.getErrorFieldName() != null ? e.getErrorFieldName()
                : e.hasErrorLocation() ? e.getErrorLocation().getAsString() : null;
        String rule = e.getErrorID() == null || e.getErrorID().isBlank() ? null : e.getErrorID();
        String text = e.getErrorText(Locale.ENGLISH);
        if (rule != null && text != null && text.startsWith("[" + rule + "]-")) {
            text = text.substring(rule.length() + 3);
        }
        return new Failure(rule, location == null ? "body" : NAMESPACE_TEST.matcher(location).replaceAll("$1"), text);
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        EN16931Validation.initEN16931(registry);
        PeppolValidation2026_05.init(registry);
        return registry;
    }
}
