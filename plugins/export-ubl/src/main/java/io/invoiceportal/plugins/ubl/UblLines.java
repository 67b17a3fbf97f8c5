package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;

/** Invoice lines (BG-25) as {@code cac:InvoiceLine} or {@code cac:CreditNoteLine}. */
final class UblLines {

    /** UN/ECE rec. 20 "one" (piece), for a line without a unit. */
    private static final String PIECE = "C62";

    private UblLines() {}

    static InvoiceLineType invoiceLine(InvoiceView.Line line, String currency) {
        InvoiceLineType result = new InvoiceLineType();
        result.setID(line.id());
        if (Parties.present(line.note())) {
            result.addNote(UblParts.note(line.note()));
        }
        result.setInvoicedQuantity(quantity(line.quantity())).setUnitCode(unit(line));
        result.setLineExtensionAmount(UblParts.amount(line.lineAmount())).setCurrencyID(currency);
        PeriodType period = period(line);
        if (period != null) {
            result.addInvoicePeriod(period);
        }
        result.setItem(item(line));
        result.setPrice(price(line, currency));
        return result;
    }

    static CreditNoteLineType creditNoteLine(InvoiceView.Line line, String currency) {
        CreditNoteLineType result = new CreditNoteLineType();
        result.setID(line.id());
        if (Parties.present(line.note())) {
            result.addNote(UblParts.note(line.note()));
        }
        result.setCreditedQuantity(quantity(line.quantity())).setUnitCode(unit(line));
        result.setLineExtensionAmount(UblParts.amount(line.lineAmount())).setCurrencyID(currency);
        PeriodType period = period(line);
        if (period != null) {
            result.addInvoicePeriod(period);
        }
        result.setItem(item(line));
        result.setPrice(price(line, currency));
        return result;
    }

    private static BigDecimal quantity(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String unit(InvoiceView.Line line) {
        return Parties.present(line.unitCode()) ? line.unitCode().strip() : PIECE;
    }

    private static PeriodType period(InvoiceView.Line line) {
        if (line.periodStart() == null && line.periodEnd() == null) {
            return null;
        }
        PeriodType period = new PeriodType();
        if (line.periodStart() != null) {
            period.setStartDate(line.periodStart());
        }
        if (line.periodEnd() != null) {
            period.setEndDate(line.periodEnd());
        }
        return period;
    }

    private static ItemType item(InvoiceView.Line line) {
        ItemType item = new ItemType();
        item.setName(line.name().strip());
        if (Parties.present(line.sellerItemId())) {
            ItemIdentificationType id = new ItemIdentificationType();
            id.setID(line.sellerItemId().strip());
            item.setSellersItemIdentification(id);
        }
        InvoiceView.ItemId standard = line.standardItemId();
        if (standard != null) {
            ItemIdentificationType id = new ItemIdentificationType();
            id.setID(standard.id().strip()).setSchemeID(standard.scheme().strip());
            item.setStandardItemIdentification(id);
        }
        item.addClassifiedTaxCategory(UblTax.category(new TaxCategoryType(), line.vatCategory(), line.vatRate()));
        return item;
    }

    /** The net price (BT-146) as given: it may have more than two decimals. */
    private static PriceType price(InvoiceView.Line line, String currency) {
        PriceType price = new PriceType();
        BigDecimal amount = line.unitPrice().scale() < 2 ? line.unitPrice().setScale(2) : line.unitPrice();
        price.setPriceAmount(amount).setCurrencyID(currency);
        return price;
    }
}
