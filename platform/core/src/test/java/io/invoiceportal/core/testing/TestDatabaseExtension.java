package io.invoiceportal.core.testing;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestDatabase} that lives as long as its field: registered on a static field
 * ({@code @RegisterExtension static final}), one database for the test class, dropped after its
 * last test; on an instance field, a fresh database for each test, dropped after it.
 */
public final class TestDatabaseExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final String purpose;
    private TestDatabase database;
    private boolean perClass;

    public TestDatabaseExtension(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        database = TestDatabase.create(purpose);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            database = TestDatabase.create(purpose);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            database.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    public TestDatabase database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }
}
