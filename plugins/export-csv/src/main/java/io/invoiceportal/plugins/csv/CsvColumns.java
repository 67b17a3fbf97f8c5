package io.invoiceportal.plugins.csv;

import io.invoiceportal.plugin.api.InvoiceView;
import java.util.List;
import java.util.Locale;

/** The column headers, in Dutch or English; the columns themselves never change with the language. */
final class CsvColumns {

    private static final List<String> DUTCH = List.of(
            "Factuurnummer", "Factuurdatum", "Vervaldatum", "Valuta", "Referentie koper",
            "Klantnummer", "Klant", "Btw-nummer klant", "Leverancier", "Btw-nummer leverancier",
            "Regel", "Omschrijving", "Aantal", "Eenheid", "Prijs per eenheid",
            "Btw-categorie", "Btw %", "Regelbedrag excl. btw",
            "Factuurtotaal excl. btw", "Btw-totaal factuur", "Factuurtotaal incl. btw", "Te betalen",
            "Betalingskenmerk", "IBAN",
            "Soort document", "Documentcode", "Gecorrigeerde factuur", "Datum gecorrigeerde factuur",
            "Ordernummer", "Contractnummer", "Leverdatum", "Betalingsvoorwaarden", "Opmerking",
            "Regelopmerking", "Periode vanaf", "Periode tot en met", "Artikelnummer verkoper",
            "Vrijstellingsreden btw", "Vrijstellingscode btw",
            "Totaal kortingen", "Totaal toeslagen", "Vooruitbetaald");

    private static final List<String> ENGLISH = List.of(
            "Invoice number", "Issue date", "Due date", "Currency", "Buyer reference",
            "Customer number", "Customer", "Customer VAT number", "Seller", "Seller VAT number",
            "Line", "Description", "Quantity", "Unit", "Unit price",
            "VAT category", "VAT %", "Line amount excl. VAT",
            "Invoice total excl. VAT", "Invoice VAT total", "Invoice total incl. VAT", "Amount due",
            "Payment reference", "IBAN",
            "Document type", "Document type code", "Preceding invoice", "Preceding invoice date",
            "Order reference", "Contract reference", "Delivery date", "Payment terms", "Note",
            "Line note", "Period start", "Period end", "Seller item id",
            "VAT exemption reason", "VAT exemption code",
            "Allowance total", "Charge total", "Prepaid amount");

    static final int COUNT = DUTCH.size();

    private CsvColumns() {}

    static boolean isDutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    /** "Factuur" / "Creditnota" or "Invoice" / "Credit note". */
    static String documentType(InvoiceView.DocumentType type, Locale locale) {
        boolean credit = type == InvoiceView.DocumentType.CREDIT_NOTE;
        if (isDutch(locale)) {
            return credit ? "Creditnota" : "Factuur";
        }
        return credit ? "Credit note" : "Invoice";
    }

    static String[] headers(Locale locale) {
        return (isDutch(locale) ? DUTCH : ENGLISH).toArray(String[]::new);
    }
}
