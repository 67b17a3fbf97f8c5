package io.invoiceportal.core.account;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet. Errors carry message keys ({@code password.tooShort}, ...), not texts,
 * so the UI and the REST API translate them. Stateless and thread-safe.
 */
public final class PasswordPolicy {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";
    /** Tenant-name words shorter than this are too common to forbid ("de", "van"); so are "B.V.", "Ltd", "N.V.". */
    private static final int MIN_NAME_WORD = 4;
    /** Legal forms of four letters or more; shorter ones fall under {@link #MIN_NAME_WORD}. */
    private static final Set<String> LEGAL_SUFFIXES = Set.of("limited", "incorporated", "corp", "corporation",
            "gmbh", "sarl", "bvba", "sprl");

    public List<FieldError> check(String password, String confirmation, String login, String tenantName,
            String passwordField, String confirmationField) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_REQUIRED));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_TOO_SHORT));
        } else if (length > MAX_LENGTH) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_TOO_LONG));
        }
        if (password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit)) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_LETTERS_AND_DIGITS));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (CommonPasswords.SET.contains(lower)) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_COMMON));
        }
        if (namesOf(login, tenantName).stream().anyMatch(lower::contains)) {
            errors.add(new FieldError(passwordField, MessageKey.PASSWORD_CONTAINS_NAME));
        }
        if (!password.equals(confirmation)) {
            errors.add(new FieldError(confirmationField, MessageKey.PASSWORD_MISMATCH));
        }
        return errors;
    }

    /** As {@link #check}, throwing its errors. */
    public void requireValid(String password, String confirmation, String login, String tenantName,
            String passwordField, String confirmationField) {
        List<FieldError> errors = check(password, confirmation, login, tenantName, passwordField, confirmationField);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Lower-case strings a password must not contain: the login, an e-mail login's local part, the tenant's words. */
    private static Set<String> namesOf(String login, String tenantName) {
        Set<String> names = new HashSet<>();
        if (login != null && !login.isBlank()) {
            String l = login.strip().toLowerCase(Locale.ROOT);
            names.add(l);
            int at = l.indexOf('@');
            if (at > 0) {
                names.add(l.substring(0, at));
            }
        }
        if (tenantName != null) {
            for (String word : tenantName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= MIN_NAME_WORD && !LEGAL_SUFFIXES.contains(word)) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /** Package-private for the test that the shipped list is complete. */
    static Set<String> commonPasswords() {
        return CommonPasswords.SET;
    }

    /** Loaded on first use; the JVM's class initialisation makes that once and thread-safe. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + COMMON_PASSWORDS);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> set = new HashSet<>(32_768);
                reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(set::add);
                return Set.copyOf(set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
