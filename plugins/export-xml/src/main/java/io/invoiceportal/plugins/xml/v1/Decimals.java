package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written: always plain notation ({@code 0.0000001}, never {@code 1E-7}). */
final class Decimals {

    private Decimals() {}

    /** An amount with exactly two decimals ({@code 40.00}); the portal already rounded it half up. */
    static final class Amount extends WriteOnly {
        @Override
        public String marshal(BigDecimal value) {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** A unit price with at least two decimals, more when the issuer gave more ({@code 12.50}, {@code 0.125}). */
    static final class Price extends WriteOnly {
        @Override
        public String marshal(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
        }
    }

    /** A quantity or percentage without trailing zeros ({@code 21}, {@code 1.5}). */
    static final class Plain extends WriteOnly {
        @Override
        public String marshal(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }

    /** The classes are only marshalled; reading is the parser's job (any xs:decimal reads back). */
    private abstract static class WriteOnly extends XmlAdapter<String, BigDecimal> {
        @Override
        public BigDecimal unmarshal(String value) {
            return value == null ? null : new BigDecimal(value.trim());
        }
    }
}
