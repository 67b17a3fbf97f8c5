package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/** A {@link LocalDate} as xs:date without a time zone ({@code 2026-11-01}); JAXB 4 has no built-in mapping. */
final class DateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }

    @Override
    public LocalDate unmarshal(String value) {
        return value == null ? null : LocalDate.parse(value.trim());
    }
}
