package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;

/** {@code <precedingInvoice>}: the invoice a credit note corrects (BG-3). */
@XmlType(name = "PrecedingInvoice", propOrder = {"number", "issueDate"})
final class PrecedingInvoice {

    @XmlElement(required = true)
    String number;

    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate issueDate;

    private PrecedingInvoice() {}

    static PrecedingInvoice of(InvoiceView.PrecedingInvoice view) {
        if (view == null) {
            return null;
        }
        PrecedingInvoice xml = new PrecedingInvoice();
        xml.number = XmlText.of(view.number());
        xml.issueDate = view.issueDate();
        return xml;
    }
}
