package io.invoiceportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final String TENANT = "Hollandse Energie B.V.";
    private static final String LOGIN = "korenschoof";
    private final PasswordPolicy policy = new PasswordPolicy();

    private List<String> keys(String password) {
        return policy.check(password, password, LOGIN, TENANT, "password", "confirmation").stream()
                .map(FieldError::message).toList();
    }

    /** A password of letters and digits, not common and without the user's or tenant's name, is accepted. */
    @Test
    void acceptsAGoodPassword() {
        assertThat(policy.check("Factuur2026", "Factuur2026", LOGIN, TENANT, "password", "confirmation")).isEmpty();
    }

    /** A missing or empty password is required, and nothing else is reported about it. */
    @Test
    void requiresAPassword() {
        assertThat(keys(null)).containsExactly("password.required");
        assertThat(keys("")).containsExactly("password.required");
    }

    /** A password has at least 8 characters. */
    @Test
    void rejectsShortPasswords() {
        assertThat(keys("Fact202")).containsExactly("password.tooShort");
        assertThat(keys("Fact2026")).isEmpty();
    }

    /** A password has at most 128 characters. */
    @Test
    void rejectsLongPasswords() {
        String max = "Zq7".repeat(42) + "xy";
        assertThat(max).hasSize(128);
        assertThat(keys(max)).isEmpty();
        assertThat(keys(max + "z")).containsExactly("password.tooLong");
    }

    /** A password contains both letters and digits. */
    @Test
    void requiresLettersAndDigits() {
        assertThat(keys("abcdefgh")).contains("password.lettersAndDigits");
        assertThat(keys("12345678")).contains("password.lettersAndDigits");
        assertThat(keys("Kwartaal-Zonder-Cijfers")).containsExactly("password.lettersAndDigits");
    }

    /** A password on the common-passwords list is rejected, whatever its case. */
    @Test
    void rejectsCommonPasswords() {
        assertThat(keys("password1")).containsExactly("password.common");
        assertThat(keys("PassWord1")).containsExactly("password.common");
        assertThat(keys("password1Factuur")).isEmpty();
    }

    /** A password containing a word of the tenant's name is rejected, whatever its case. */
    @Test
    void rejectsTheTenantName() {
        assertThat(keys("Hollandse2026")).containsExactly("password.containsName");
        assertThat(keys("2026eNeRgIe!")).containsExactly("password.containsName");
    }

    /** Tenant-name words shorter than 4 characters and legal suffixes are not held against a password. */
    @Test
    void ignoresShortWordsAndLegalSuffixes() {
        assertThat(policy.check("Factuurbv2026", "Factuurbv2026", LOGIN, "De Bv B.V.", "p", "c")).isEmpty();
        assertThat(policy.check("Limited2026x", "Limited2026x", LOGIN, "Zonnepanelen Limited", "p", "c")).isEmpty();
        assertThat(policy.check("Ltd2026brood", "Ltd2026brood", LOGIN, "Bakkerij Ltd", "p", "c")).isEmpty();
        assertThat(policy.check("Zonne2026x", "Zonne2026x", LOGIN, "Zonnepanelen Limited", "p", "c")).isEmpty();
    }

    /** A password containing the user's login (or an e-mail login's local part) is rejected, whatever its case. */
    @Test
    void rejectsTheLogin() {
        assertThat(keys("korenschoof1")).containsExactly("password.containsName");
        assertThat(keys("1KORENSCHOOF")).containsExactly("password.containsName");
        assertThat(policy.check("xJdeVries77", "xJdeVries77", "jdevries@example.nl", TENANT, "p", "c"))
                .extracting(FieldError::message).containsExactly("password.containsName");
    }

    /** A confirmation that differs from the password is reported on the confirmation field. */
    @Test
    void reportsAMismatchOnTheConfirmationField() {
        assertThat(policy.check("Factuur2026", "Factuur2025", LOGIN, TENANT, "newPassword", "repeatPassword"))
                .containsExactly(new FieldError("repeatPassword", "password.mismatch"));
        assertThat(policy.check("Factuur2026", null, LOGIN, TENANT, "newPassword", "repeatPassword"))
                .containsExactly(new FieldError("repeatPassword", "password.mismatch"));
    }

    /** Every broken rule is reported at once, on the field names the caller gave. */
    @Test
    void reportsAllErrorsOnTheGivenFields() {
        assertThat(policy.check("hollandse", "x", LOGIN, TENANT, "pw", "pw2")).containsExactly(
                new FieldError("pw", "password.lettersAndDigits"),
                new FieldError("pw", "password.containsName"),
                new FieldError("pw2", "password.mismatch"));
    }

    /** requireValid throws the errors of check, and passes a good password. */
    @Test
    void requireValidThrowsTheErrors() {
        policy.requireValid("Factuur2026", "Factuur2026", LOGIN, TENANT, "password", "confirmation");
        assertThatThrownBy(() -> policy.requireValid("password1", "password1", LOGIN, TENANT, "password", "c"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("password", "password.common")));
    }

    /** The shipped list holds at least 10,000 lower-case passwords. */
    @Test
    void shipsTheCommonPasswordsList() {
        assertThat(PasswordPolicy.commonPasswords()).hasSizeGreaterThanOrEqualTo(10_000)
                .contains("123456", "password", "password1", "qwerty")
                .allMatch(p -> p.equals(p.toLowerCase(Locale.ROOT)));
    }
}
