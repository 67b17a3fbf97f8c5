package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;
import java.util.List;

/** The document element {@code <invoice>}: one invoice (XSD type {@code Invoice}). */
@XmlRootElement(name = "invoice")
@XmlType(name = "Invoice", propOrder = {
    "invoiceNumber", "issueDate", "dueDate", "category", "buyerReference", "description",
    "seller", "buyer", "lines", "vatBreakdown", "totals", "payment"})
public final class Invoice {

    /** The namespace of version 1; the major version changes only with a breaking change. */
    public static final String NAMESPACE = "urn:invoiceportal:invoice:1";

    /** Where the schema lives inside the plugin jar. */
    public static final String XSD_RESOURCE = "/xsd/invoice-1.xsd";

    @XmlAttribute(name = "currency", required = true)
    String currency;

    @XmlElement(required = true)
    String invoiceNumber;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate issueDate;

    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate dueDate;

    String category;
    String buyerReference;
    String description;

    @XmlElement(required = true)
    Seller seller;

    @XmlElement(required = true)
    Buyer buyer;

    @XmlElementWrapper(name = "lines", required = true)
    @XmlElement(name = "line")
    List<Line> lines;

    @XmlElementWrapper(name = "vatBreakdown", required = true)
    @XmlElement(name = "vatSubtotal")
    List<VatSubtotal> vatBreakdown;

    @XmlElement(required = true)
    Totals totals;

    Payment payment;

    private Invoice() {}

    /** The XML form of {@code view}; absent or blank optional values become absent elements. */
    public static Invoice of(InvoiceView view) {
        Invoice xml = new Invoice();
        xml.currency = XmlText.of(view.currency());
        xml.invoiceNumber = XmlText.of(view.invoiceNumber());
        xml.issueDate = view.issueDate();
        xml.dueDate = view.dueDate();
        xml.category = XmlText.of(view.category());
        xml.buyerReference = XmlText.of(view.buyerReference());
        xml.description = XmlText.of(view.description());
        xml.seller = Seller.of(view.seller());
        xml.buyer = Buyer.of(view.buyer());
        xml.lines = view.lines() == null ? List.of() : view.lines().stream().map(Line::of).toList();
        xml.vatBreakdown = view.vatBreakdown() == null
                ? List.of()
                : view.vatBreakdown().stream().map(VatSubtotal::of).toList();
        xml.totals = Totals.of(view.totals());
        xml.payment = Payment.of(view.payment());
        return xml;
    }
}
