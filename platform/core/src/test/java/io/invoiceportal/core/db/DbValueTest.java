package io.invoiceportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.outbox.OutboxState;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The enums that mirror a database CHECK allow exactly its values, and Jdbi stores and reads them as those. */
class DbValueTest {
    @RegisterExtension
    static final TestDatabaseExtension DB = new TestDatabaseExtension("dbvalue");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** The values the CHECK on {@code table.column} allows. */
    static List<String> allowed(Jdbi jdbi, String table, String column) {
        String definition = jdbi.withHandle(h -> h.createQuery("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conrelid = cast(:table as regclass) and contype = 'c'"
                        + " and pg_get_constraintdef(oid) like '%(' || :column || ' %'")
                .bind("table", table).bind("column", column).mapTo(String.class).one());
        return QUOTED.matcher(definition).results().map(m -> m.group(1)).sorted().toList();
    }

    static List<String> values(DbValue[] constants) {
        return Arrays.stream(constants).map(DbValue::dbValue).sorted().toList();
    }

    @Test
    void enumsMirrorTheChecks() {
        Jdbi jdbi = DB.jdbi();
        assertThat(values(OutboxKind.values())).isEqualTo(allowed(jdbi, "outbox", "kind"));
        assertThat(values(OutboxState.values())).isEqualTo(allowed(jdbi, "outbox", "state"));
        assertThat(values(AccountState.values())).isEqualTo(allowed(jdbi, "account", "state"));
        assertThat(Stream.of(TokenPurpose.values()).map(TokenPurpose::dbValue).sorted().toList())
                .isEqualTo(allowed(jdbi, "one_time_token", "purpose"));
    }

    @Test
    void bindsAndMapsTheStoredValue() {
        Jdbi jdbi = DB.jdbi();
        String stored = jdbi.withHandle(h -> h.createQuery("select cast(:kind as text)")
                .bind("kind", OutboxKind.PASSWORD_RESET).mapTo(String.class).one());
        assertThat(stored).isEqualTo("password-reset");
        OutboxState state = jdbi.withHandle(h -> h.createQuery("select 'failed'").mapTo(OutboxState.class).one());
        assertThat(state).isEqualTo(OutboxState.FAILED);
    }
}
