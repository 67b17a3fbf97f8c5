package io.invoiceportal.plugins.ubl;

import java.util.Set;
import java.util.regex.Pattern;

/** Code lists and identifier formats of Peppol BIS Billing 3.0 (release 2026.5) that the exporter checks before writing. */
final class PeppolCodes {

    /** The Electronic Address Scheme codes Peppol accepts for {@code cbc:EndpointID/@schemeID} (PEPPOL-EN16931-CL008). */
    static final Set<String> EAS = Set.of(("0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188"
            + " 0190 0191 0192 0195 0196 0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235"
            + " 0240 0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928"
            + " 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948"
            + " 9949 9950 9951 9952 9953 9957 9959").split(" "));

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    private PeppolCodes() {}

    /**
     * The PEPPOL-COMMON rule (an error, not a warning) an identifier of this scheme breaks, or
     * {@code null}: the Belgian enterprise number (0208, 10 digits with its mod-97 check) and the GLN
     * (0088, 13 digits with its GS1 check digit). Other schemes are not checked here; the Dutch
     * formats (KvK, OIN, VAT number: R054-R056) are only warnings.
     */
    static String malformed(String scheme, String id) {
        return switch (scheme) {
            case "0208" -> TEN_DIGITS.matcher(id).matches()
                    && 97 - Long.parseLong(id.substring(0, 8)) % 97 == Long.parseLong(id.substring(8)) ? null : "PEPPOL-COMMON-R043";
            case "0088" -> THIRTEEN_DIGITS.matcher(id).matches() && gtinCheck(id) ? null : "PEPPOL-COMMON-R040";
            default -> null;
        };
    }

    private static boolean gtinCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            sum += (digits.charAt(i) - '0') * ((digits.length() - 1 - i) % 2 == 1 ? 3 : 1);
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }
}
