package io.invoiceportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema can be distributed by tenant (docs/scaling.md): every table but the reference tables
 * carries {@code tenant_id}, and it is part of every primary key, unique constraint, unique index
 * and foreign key. The check reads the catalog after all migrations, so a table a later migration
 * adds is checked without being named here.
 */
class CitusReadinessTest {
    /**
     * Tables copied whole to every node instead of split by tenant: the tenants themselves, their
     * host names (a host is unique across all tenants, and a request is mapped to its tenant by
     * host before the tenant is known), and Flyway's own history (kept on the coordinator).
     */
    static final Set<String> REFERENCE_TABLES = Set.of("tenant", "tenant_host", "flyway_schema_history");

    @RegisterExtension
    static final TestDatabaseExtension DB = new TestDatabaseExtension("citus");

    /** Every table of the migrated schema keeps tenant_id in its keys. */
    @Test
    void everyKeyCarriesTheTenant() {
        List<String> violations = DB.jdbi().withHandle(h -> TenantKeys.violations(h, REFERENCE_TABLES));

        assertThat(violations).isEmpty();
    }

    /** The exceptions name tables that exist, so a renamed or dropped one does not linger here unnoticed. */
    @Test
    void theReferenceTablesExist() {
        List<String> existing = DB.jdbi().withHandle(h -> h.createQuery(
                        "select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace"
                                + " and c.relkind in ('r', 'p') and c.relname = any(:names)")
                .bind("names", REFERENCE_TABLES.toArray(String[]::new)).mapTo(String.class).list());

        assertThat(existing).containsExactlyInAnyOrderElementsOf(REFERENCE_TABLES);
    }

    /** A migration that forgets tenant_id anywhere is caught, each mistake by name. */
    @Test
    void aTableThatForgetsTheTenantFails() {
        List<String> violations = DB.jdbi().withHandle(h -> {
            h.begin();
            try {
                h.execute("create table scratch_global (id bigint primary key, name text)");
                h.execute("create table scratch_nullable (tenant_id bigint, id bigint)");
                h.execute("""
                        create table scratch_token (
                            tenant_id   bigint not null references tenant (id),
                            token_hash  bytea not null,
                            customer_id bigint not null,
                            other_tenant bigint not null,
                            primary key (tenant_id, token_hash),
                            constraint scratch_token_customer foreign key (other_tenant, customer_id)
                                references customer (tenant_id, id),
                            constraint scratch_token_swapped foreign key (customer_id, tenant_id)
                                references customer (tenant_id, id)
                        )""");
                h.execute("create unique index scratch_token_hash on scratch_token (token_hash)");
                h.execute("create unique index scratch_token_lower on scratch_token (lower(encode(token_hash, 'hex')))"
                        + " where customer_id > 0");
                h.execute("alter table tenant_host add column customer_id bigint");
                h.execute("alter table tenant_host add constraint tenant_host_customer"
                        + " foreign key (tenant_id, customer_id) references customer (tenant_id, id)");
                return TenantKeys.violations(h, REFERENCE_TABLES);
            } finally {
                h.rollback();
            }
        });

        assertThat(violations).containsExactlyInAnyOrder(
                "scratch_global: has no tenant_id column",
                "scratch_global: primary key scratch_global_pkey [id] does not contain tenant_id",
                "scratch_nullable: tenant_id is bigint, not bigint not null",
                "scratch_token: unique index scratch_token_hash [token_hash] does not contain tenant_id",
                "scratch_token: unique index scratch_token_lower [lower(encode(token_hash, 'hex'::text))]"
                        + " does not contain tenant_id",
                "scratch_token: foreign key scratch_token_customer [other_tenant, customer_id] -> customer"
                        + " [tenant_id, id] does not match tenant_id with tenant_id",
                "scratch_token: foreign key scratch_token_swapped [customer_id, tenant_id] -> customer"
                        + " [tenant_id, id] does not match tenant_id with tenant_id",
                "tenant_host: foreign key tenant_host_customer from a reference table to tenant table customer");
        List<String> afterRollback = DB.jdbi().withHandle(h -> TenantKeys.violations(h, REFERENCE_TABLES));
        assertThat(afterRollback).isEmpty();
    }
}
