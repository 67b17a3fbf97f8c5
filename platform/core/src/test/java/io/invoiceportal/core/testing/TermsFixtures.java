package io.invoiceportal.core.testing;

import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceRequest.AllowanceChargeInput;
import io.invoiceportal.core.invoice.InvoiceRequest.ExemptionInput;
import io.invoiceportal.core.invoice.InvoiceRequest.LineInput;
import java.util.List;

/** Invoice requests that use every e-invoicing term. */
public final class TermsFixtures {
    private TermsFixtures() {}

    /**
     * A credit note to customer C-1 with an exempt line (all line terms) and a standard line, an
     * allowance, a charge of {@code chargeAmount}, an exemption and 100.00 prepaid.
     */
    public static InvoiceRequest creditNote(String number, String chargeAmount) {
        LineInput exempt = new LineInput("1", "Huur", "1", "MON", "1000.00", "E", null, "Unit 34", "HUUR-34",
                new InvoiceRequest.ItemIdInput("0160", "8712345678906"),
                new InvoiceRequest.PeriodInput("2026-10-01", "2026-10-31"));
        LineInput standard = new LineInput("2", "Service", "2", "C62", "125.00", "S", "21");
        return new InvoiceRequest(number, "C-1", "2026-11-01", "2026-12-01", "Huur", "EUR", "PO-1", "Creditnota",
                List.of(exempt, standard), null, null, "credit-note",
                new InvoiceRequest.PrecedingInput("2026-000100", "2026-10-01"), "ORD-1", "CON-9", "30 dagen netto",
                "2026-10-31", "Zie contract", List.of(new ExemptionInput("E", "Vrijgestelde verhuur", "VATEX-EU-132")),
                List.of(new AllowanceChargeInput("50.00", "Korting", "95", "S", "21")),
                List.of(new AllowanceChargeInput(chargeAmount, null, "FC", "S", "21")), "100.00");
    }
}
