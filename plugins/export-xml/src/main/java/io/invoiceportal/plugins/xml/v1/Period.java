package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;

/** {@code <period>}: the period an invoice line covers (BG-26). */
@XmlType(name = "Period", propOrder = {"start", "end"})
final class Period {

    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate start;

    @XmlJavaTypeAdapter(DateAdapter.class)
    @XmlSchemaType(name = "date")
    LocalDate end;

    private Period() {}

    /** {@code null} when neither date is known. */
    static Period of(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        Period xml = new Period();
        xml.start = start;
        xml.end = end;
        return xml;
    }
}
