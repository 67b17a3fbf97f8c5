package io.invoiceportal.core.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/** The EN 16931 code lists the invoice terms use ({@code code-lists.properties}, rules BR-CL-19..22). */
final class CodeLists {
    static final Set<String> ALLOWANCE_REASONS;
    static final Set<String> CHARGE_REASONS;
    static final Set<String> ITEM_SCHEMES;
    static final Set<String> VATEX;

    static {
        Properties lists = new Properties();
        try (InputStream in = CodeLists.class.getResourceAsStream("code-lists.properties")) {
            lists.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ALLOWANCE_REASONS = Set.of(lists.getProperty("untdid5189").split(" +"));
        CHARGE_REASONS = Set.of(lists.getProperty("untdid7161").split(" +"));
        ITEM_SCHEMES = Set.of(lists.getProperty("iso6523").split(" +"));
        VATEX = Set.of(lists.getProperty("vatex").split(" +"));
    }

    private CodeLists() {}
}
