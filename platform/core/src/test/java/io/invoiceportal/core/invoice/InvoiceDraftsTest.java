package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.InvoiceRequest.AllowanceChargeInput;
import io.invoiceportal.core.invoice.InvoiceRequest.ExemptionInput;
import io.invoiceportal.core.invoice.InvoiceRequest.LineInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The e-invoicing terms through the real checks and calculation, without a database. */
class InvoiceDraftsTest {
    private static final LineInput LINE = new LineInput("1", "Servicekosten", "2", "C62", "125.00", "S", "21");

    private static InvoiceRequest request(List<LineInput> lines, String documentType,
            InvoiceRequest.PrecedingInput preceding, String deliveryDate, String note, List<ExemptionInput> exemptions,
            List<AllowanceChargeInput> allowances, List<AllowanceChargeInput> charges, String prepaid) {
        return new InvoiceRequest("2026-000123", "C-1001", "2026-11-01", "2026-12-01", null, "EUR", "PO-7781", null,
                lines, null, null, documentType, preceding, "ORD-1", "CON-9", "30 dagen netto", deliveryDate, note,
                exemptions, allowances, charges, prepaid);
    }

    private static InvoiceRequest withLines(LineInput... lines) {
        return request(List.of(lines), null, null, null, null, null, null, null, null);
    }

    private static List<FieldError> errors(InvoiceRequest request) {
        try {
            InvoiceDrafts.compute(request);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("no validation errors");
    }

    /** Every e-invoicing term is carried onto the invoice and the totals include allowances, charges and prepaid. */
    @Test
    void carriesEveryTerm() {
        LineInput line = new LineInput("1", "Huur", "1", "MON", "1000.00", "E", null, "Unit 34", "HUUR-34",
                new InvoiceRequest.ItemIdInput("0160", "8712345678906"),
                new InvoiceRequest.PeriodInput("2026-10-01", "2026-10-31"));
        Invoice i = InvoiceDrafts.compute(request(List.of(line, LINE), "credit-note",
                new InvoiceRequest.PrecedingInput("2026-000100", "2026-10-01"), "2026-10-31", "Zie contract",
                List.of(new ExemptionInput("E", "Vrijgestelde verhuur", "vatex-eu-132")),
                List.of(new AllowanceChargeInput("50.00", "Korting", "95", "S", "21")),
                List.of(new AllowanceChargeInput("10", null, "FC", "S", "21")), "100.00"));
        assertThat(i.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(i.precedingInvoice()).isEqualTo(new Invoice.PrecedingInvoice("2026-000100", LocalDate.of(2026, 10, 1)));
        assertThat(List.of(i.orderReference(), i.contractReference(), i.paymentTerms(), i.note()))
                .containsExactly("ORD-1", "CON-9", "30 dagen netto", "Zie contract");
        assertThat(i.deliveryDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        Invoice.Line first = i.lines().get(0);
        assertThat(first.note()).isEqualTo("Unit 34");
        assertThat(first.sellerItemId()).isEqualTo("HUUR-34");
        assertThat(first.standardItemId()).isEqualTo(new Invoice.ItemId("0160", "8712345678906"));
        assertThat(first.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(i.vatExemptions()).containsExactly(new Invoice.VatExemption("E", "Vrijgestelde verhuur", "VATEX-EU-132"));
        assertThat(i.amounts().vatBreakdown()).extracting(Invoice.VatBreakdown::vatCategory,
                Invoice.VatBreakdown::taxableAmount, Invoice.VatBreakdown::exemptionReasonCode).containsExactly(
                Tuple.tuple("E", new BigDecimal("1000.00"), "VATEX-EU-132"),
                Tuple.tuple("S", new BigDecimal("210.00"), null));
        // 1250.00 - 50.00 + 10.00 = 1210.00; VAT 210.00 * 21% = 44.10
        assertThat(i.amounts().taxExclusive()).isEqualByComparingTo("1210.00");
        assertThat(i.amounts().taxInclusive()).isEqualByComparingTo("1254.10");
        assertThat(i.amounts().payable()).isEqualByComparingTo("1154.10");
    }

    /** Without the new terms an invoice is a plain invoice with empty lists and nothing prepaid. */
    @Test
    void defaults() {
        Invoice i = InvoiceDrafts.compute(withLines(LINE));
        assertThat(i.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(i.allowances()).isEmpty();
        assertThat(i.amounts().prepaidAmount()).isEqualByComparingTo("0");
        assertThat(i.amounts().payable()).isEqualByComparingTo(i.amounts().taxInclusive());
    }

    /** Bad values of the header terms are field errors with message keys. */
    @Test
    void headerFieldChecks() {
        assertThat(errors(request(List.of(LINE), "order", new InvoiceRequest.PrecedingInput(" ", "1-2-2026"),
                "2026-13-01", "x".repeat(5001), null, null, null, "-1.00")))
                .extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                        Tuple.tuple("documentType", "documentType.invalid"),
                        Tuple.tuple("precedingInvoice.number", "field.required"),
                        Tuple.tuple("precedingInvoice.issueDate", "date.invalid"),
                        Tuple.tuple("deliveryDate", "date.invalid"),
                        Tuple.tuple("note", "field.tooLong"),
                        Tuple.tuple("prepaidAmount", "amount.negative"));
        assertThat(errors(request(List.of(LINE), null, null, null, null, null, null, null, "1.005")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("prepaidAmount", "decimal.scale"));
    }

    private static InvoiceRequest paying(String meansCode, String account) {
        return new InvoiceRequest("2026-000123", "C-1001", "2026-11-01", "2026-12-01", null, "EUR", null, null,
                List.of(LINE), new InvoiceRequest.PaymentInput(meansCode, account, null), null);
    }

    /** An allowance or charge of 0.00 is taken (EN 16931 allows it) and changes no total. */
    @Test
    void zeroAllowanceAndCharge() {
        Invoice i = InvoiceDrafts.compute(request(List.of(LINE), null, null, null, null, null,
                List.of(new AllowanceChargeInput("0.00", "Korting", "95", "S", "21")),
                List.of(new AllowanceChargeInput("0", "Vracht", "FC", "S", "21")), null));
        assertThat(i.allowances()).singleElement().extracting(Invoice.AllowanceCharge::amount)
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(i.amounts().taxExclusive()).isEqualByComparingTo("250.00");
    }

    /** BT-84 takes any account identifier of letters and digits; an IBAN paid by SEPA transfer (58) must have valid check digits. */
    @Test
    void paymentAccount() {
        assertThat(InvoiceDrafts.compute(paying("58", "1234567891234")).paymentIban()).isEqualTo("1234567891234");
        assertThat(InvoiceDrafts.compute(paying("30", "iban32423940")).paymentIban()).isEqualTo("IBAN32423940");
        assertThat(InvoiceDrafts.compute(paying("58", "NL91 ABNA 0417 1643 00")).paymentIban())
                .isEqualTo("NL91ABNA0417164300");
        assertThat(InvoiceDrafts.compute(paying("30", "NL92ABNA0417164300")).paymentIban())
                .isEqualTo("NL92ABNA0417164300");
        assertThat(errors(paying("58", "NL92ABNA0417164300"))).extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("payment.iban", "iban.checksum"));
        assertThat(errors(paying("30", "12-34/56"))).extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("payment.iban", "paymentAccount.invalid"));
        assertThat(errors(paying("30", "A".repeat(35)))).extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("payment.iban", "paymentAccount.invalid"));
    }

    /** Allowances and charges need an amount of 0 or more of two decimals, a listed code (BR-CL-19/20), a VAT category with its rate (BR-x-06/07) and a reason or code (BR-33, BR-38). */
    @Test
    void allowanceAndChargeChecks() {
        List<FieldError> errors = errors(request(List.of(LINE), null, null, null, null, null,
                List.of(new AllowanceChargeInput("-1", "Korting", null, "S", "21"),
                        new AllowanceChargeInput("1.005", null, "FC", "X", null),
                        new AllowanceChargeInput("5.00", null, null, "S", null)),
                List.of(new AllowanceChargeInput("5.00", null, null, "Z", "0"),
                        new AllowanceChargeInput("5.00", "Vracht", "95", "Z", "9")), null));
        assertThat(errors).extracting(FieldError::field, FieldError::message, FieldError::rule)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("allowances[0].amount", "amount.negative", null),
                        Tuple.tuple("allowances[1].amount", "decimal.scale", null),
                        Tuple.tuple("allowances[1].reasonCode", "reasonCode.invalid", "BR-CL-19"),
                        Tuple.tuple("allowances[1].vatCategory", "vatCategory.invalid", null),
                        Tuple.tuple("allowances[2]", "reasonOrCode.required", "BR-33"),
                        Tuple.tuple("allowances[2].vatRate", "field.required", null),
                        Tuple.tuple("charges[0]", "reasonOrCode.required", "BR-38"),
                        Tuple.tuple("charges[1].reasonCode", "reasonCode.invalid", "BR-CL-20"),
                        Tuple.tuple("charges[1].vatRate", "vatRate.notZero", "BR-Z-07"));
    }

    /** Exemptions are for E, AE, K, G and O (BR-S-10), once each, with a listed VATEX code (BR-CL-22); each exempt category used needs one (BR-E-10). */
    @Test
    void exemptionChecks() {
        assertThat(errors(request(List.of(LINE), null, null, null, null,
                List.of(new ExemptionInput("S", "Geen", null), new ExemptionInput("E", "a", "EU-132"),
                        new ExemptionInput("E", "b", null), new ExemptionInput("O", null, null)),
                null, null, null)))
                .extracting(FieldError::field, FieldError::message, FieldError::rule).containsExactlyInAnyOrder(
                        Tuple.tuple("vatExemptions[0].vatCategory", "vatExemption.category", "BR-S-10"),
                        Tuple.tuple("vatExemptions[1].reasonCode", "vatexCode.invalid", "BR-CL-22"),
                        Tuple.tuple("vatExemptions[2].vatCategory", "vatExemption.duplicate", null),
                        Tuple.tuple("vatExemptions[3]", "reasonOrCode.required", "BR-O-10"));
        assertThat(errors(withLines(LINE, new LineInput("2", "Verzekering", "1", "C62", "10", "E", "0"))))
                .extracting(FieldError::field, FieldError::message, FieldError::args, FieldError::rule)
                .containsExactly(Tuple.tuple("vatExemptions", "vatExemption.required", List.of("E"), "BR-E-10"));
    }

    /** Line terms: a listed scheme (BR-CL-21) and an id for the standard item id, and a period that does not end before it starts (BR-30). */
    @Test
    void lineTermChecks() {
        LineInput bad = new LineInput("1", "Huur", "1", "C62", "10", "S", "21", "n".repeat(1001), null,
                new InvoiceRequest.ItemIdInput("GTIN", null), new InvoiceRequest.PeriodInput("2026-10-31", "2026-10-01"));
        assertThat(errors(withLines(bad))).extracting(FieldError::field, FieldError::message, FieldError::rule)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("lines[0].note", "field.tooLong", null),
                        Tuple.tuple("lines[0].standardItemId.scheme", "itemScheme.invalid", "BR-CL-21"),
                        Tuple.tuple("lines[0].standardItemId.id", "field.required", null),
                        Tuple.tuple("lines[0].period.end", "period.endBeforeStart", "BR-30"));
    }

    /** An amount due needs a due date or payment terms (BR-CO-25); nothing due needs neither; a negative amount due is refused. */
    @Test
    void amountDueRules() {
        InvoiceRequest noDueDate = new InvoiceRequest("2026-1", "C-1", "2026-11-01", null, null, "EUR", null, null,
                List.of(LINE), null, null);
        assertThat(errors(noDueDate)).extracting(FieldError::field, FieldError::rule)
                .containsExactly(Tuple.tuple("dueDate", "BR-CO-25"));
        InvoiceRequest paid = new InvoiceRequest("2026-1", "C-1", "2026-11-01", null, null, "EUR", null, null,
                List.of(LINE), null, null, null, null, null, null, null, null, null, null, null, null, "302.50");
        assertThat(InvoiceDrafts.compute(paid).amounts().payable()).isEqualByComparingTo("0");
        assertThat(errors(request(List.of(LINE), null, null, null, null, null, null, null, "302.51")))
                .extracting(FieldError::field, FieldError::message, FieldError::rule)
                .containsExactly(Tuple.tuple("prepaidAmount", "payable.negative", null));
    }

    /** The draft is not stored: no id, no customer id, no creation time. */
    @Test
    void draftIsNotStored() {
        Invoice i = InvoiceDrafts.compute(withLines(LINE));
        assertThat(i.id()).isZero();
        assertThat(i.createdAt()).isNull();
        assertThatThrownBy(() -> InvoiceDrafts.compute(null)).isInstanceOf(ValidationException.class);
    }
}
