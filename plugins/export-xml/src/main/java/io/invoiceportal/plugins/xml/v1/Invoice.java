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

/** The document element {@code <invoice>}: one invoice or credit note (XSD type {@code Invoice}). */
@XmlRootElement(name = "invoice")
@XmlType(name = "Invoice", propOrder = {
    "invoiceNumber", "issueDate", "dueDate", "category", "buyerReference", "description",
    "seller", "buyer", "lines", "vatBreakdown", "totals", "payment",
    "orderReference", "contractReference", "precedingInvoice", "deliveryDate", "paymentTerms", "note",
    "allowances", "charges"})
public final class Invoice {

    /** The namespace of version 1; the major version changes only with a breaking change. */
    public static final String NAMESPACE = "urn:invoiceportal:invoice:1";

    /** Where the schema lives inside the plugin jar. */
    public static final String XSD_RESOURCE = "/xsd/invoice-1.xsd";

    @XmlAttribute(name = "currency", required = true)
    String currency;

    /** {@code invoice} or {@code credit-note} (BT-3); always written, although the schema's default is invoice. */
    @XmlAttribute(name = "documentType")
    String documentType;

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

    String orderReference;
    String contractReference;
    PrecedingInvoice precedingInvoice;

    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate deliveryDate;

    String paymentTerms;
    String note;

    @XmlElementWrapper(name = "allowances")
    @XmlElement(name = "allowance")
    List<AllowanceCharge> allowances;

    @XmlElementWrapper(name = "charges")
    @XmlElement(name = "charge")
    List<AllowanceCharge> charges;

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
        xml.documentType = view.documentType() == InvoiceView.DocumentType.CREDIT_NOTE ? "credit-note" : "invoice";
        xml.orderReference = XmlText.of(view.orderReference());
        xml.contractReference = XmlText.of(view.contractReference());
        xml.precedingInvoice = PrecedingInvoice.of(view.precedingInvoice());
        xml.deliveryDate = view.deliveryDate();
        xml.paymentTerms = XmlText.of(view.paymentTerms());
        xml.note = XmlText.of(view.note());
        xml.allowances = AllowanceCharge.of(view.allowances());
        xml.charges = AllowanceCharge.of(view.charges());
        return xml;
    }
}
