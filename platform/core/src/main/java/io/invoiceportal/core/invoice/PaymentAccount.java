package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The payment account identifier (BT-84, JSON field {@code payment.iban}). EN 16931 does not
 * require an IBAN: any account identifier of letters and digits is taken. A value shaped like an
 * IBAN with means code 58 (SEPA credit transfer, which pays IBANs only) must also pass the IBAN
 * check digits (ISO 13616 mod 97), so that a mistyped IBAN is caught before it is published.
 */
final class PaymentAccount {
    static final String SEPA_CREDIT_TRANSFER = "58";
    private static final Pattern ACCOUNT = Pattern.compile("^[A-Z0-9]{1,34}$");
    private static final Pattern IBAN_SHAPE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private PaymentAccount() {}

    /** The identifier without spaces and in capitals, or null (absent, or with an error added). */
    static String check(Checks c, String field, String value, String meansCode) {
        String account = c.optional(field, value, 42);
        if (account == null) {
            return null;
        }
        account = account.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!ACCOUNT.matcher(account).matches()) {
            c.add(field, MessageKey.PAYMENT_ACCOUNT_INVALID);
            return null;
        }
        if (SEPA_CREDIT_TRANSFER.equals(meansCode) && IBAN_SHAPE.matcher(account).matches() && !checksumOk(account)) {
            c.add(field, MessageKey.IBAN_CHECKSUM);
            return null;
        }
        return account;
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1. */
    static boolean checksumOk(String iban) {
        StringBuilder digits = new StringBuilder();
        for (char ch : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(ch, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
