package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;

/** {@code <quantity unitCode="C62">2</quantity>}: invoiced quantity (BT-129) and unit (BT-130). */
@XmlType(name = "Quantity")
final class Quantity {

    /** C62 ("one", a piece) when the issuer named no unit, as EN 16931 implementations do. */
    static final String DEFAULT_UNIT = "C62";

    @XmlAttribute(name = "unitCode", required = true)
    String unitCode;

    @XmlValue
    @XmlJavaTypeAdapter(Decimals.Plain.class)
    BigDecimal value;

    private Quantity() {}

    static Quantity of(BigDecimal value, String unitCode) {
        Quantity xml = new Quantity();
        xml.value = value;
        String unit = XmlText.of(unitCode);
        xml.unitCode = unit == null ? DEFAULT_UNIT : unit;
        return xml;
    }
}
