package io.invoiceportal.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Reads the schema from PostgreSQL's catalog and lists every place where it could not be
 * distributed by tenant (Citus, distribution column {@code tenant_id}): a table without a
 * {@code tenant_id bigint not null}, a primary key, unique constraint, unique index (also one made
 * with {@code create unique index}, partial or on expressions) or exclusion constraint without
 * {@code tenant_id} among its columns, a foreign key between tenant tables that does not match
 * {@code tenant_id} with {@code tenant_id}, and a foreign key from a reference table to a tenant
 * table. Reference tables (copied whole to every node) are named by the caller; a foreign key from
 * a tenant table to one of them is allowed.
 */
final class TenantKeys {
    private static final String COLUMN = "tenant_id";

    private TenantKeys() {}

    /** The violations in the current schema, one sentence each, sorted; empty when it conforms. */
    static List<String> violations(Handle handle, Set<String> referenceTables) {
        List<String> found = new ArrayList<>();
        List<String> tables = handle.createQuery("""
                        select c.relname from pg_class c
                        where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                          and not c.relispartition
                        order by c.relname""")
                .mapTo(String.class).list();
        for (String table : tables) {
            if (!referenceTables.contains(table)) {
                tenantColumn(handle, table).ifPresent(found::add);
            }
        }
        for (Key key : uniqueKeys(handle)) {
            if (!referenceTables.contains(key.table()) && !key.columns().contains(COLUMN)) {
                found.add(key.table() + ": " + key.kind() + " " + key.name() + " " + key.columns()
                        + " does not contain tenant_id");
            }
        }
        for (ForeignKey fk : foreignKeys(handle)) {
            boolean fromReference = referenceTables.contains(fk.table());
            boolean toReference = referenceTables.contains(fk.referenced());
            if (fromReference && !toReference) {
                found.add(fk.table() + ": foreign key " + fk.name() + " from a reference table to tenant table "
                        + fk.referenced());
            } else if (!fromReference && !toReference && !fk.matchesTenant()) {
                found.add(fk.table() + ": foreign key " + fk.name() + " " + fk.columns() + " -> " + fk.referenced()
                        + " " + fk.referencedColumns() + " does not match tenant_id with tenant_id");
            }
        }
        return found.stream().sorted().toList();
    }

    private static Optional<String> tenantColumn(Handle handle, String table) {
        Optional<String> type = handle.createQuery("""
                        select format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end
                        from pg_attribute a
                        where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(:table))::regclass
                          and a.attname = 'tenant_id' and not a.attisdropped""")
                .bind("table", table).mapTo(String.class).findOne();
        if (type.isEmpty()) {
            return Optional.of(table + ": has no tenant_id column");
        }
        if (!type.get().equals("bigint not null")) {
            return Optional.of(table + ": tenant_id is " + type.get() + ", not bigint not null");
        }
        return Optional.empty();
    }

    record Key(String table, String kind, String name, List<String> columns) {}

    /**
     * Every primary key, unique constraint, exclusion constraint and unique index, each once (a
     * constraint's own index is not listed again). An expression column is shown as its text.
     */
    private static List<Key> uniqueKeys(Handle handle) {
        return handle.createQuery("""
                        select t.relname as table_name,
                               case con.contype when 'p' then 'primary key' when 'u' then 'unique constraint'
                                                when 'x' then 'exclusion constraint' else 'unique index' end as kind,
                               coalesce(con.conname, ic.relname) as name,
                               array(select coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.n::int, true))
                                     from unnest(i.indkey::int2[]) with ordinality as k(attnum, n)
                                     left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                                                             and k.attnum > 0
                                     where k.n <= i.indnkeyatts
                                     order by k.n) as columns
                        from pg_index i
                        join pg_class ic on ic.oid = i.indexrelid
                        join pg_class t on t.oid = i.indrelid
                        left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
                                                   and con.contype in ('p', 'u', 'x')
                        where t.relnamespace = current_schema()::regnamespace and t.relkind in ('r', 'p')
                          and (i.indisunique or i.indisprimary or con.contype = 'x')
                        order by 1, 3""")
                .map((rs, ctx) -> new Key(rs.getString("table_name"), rs.getString("kind"), rs.getString("name"),
                        List.of((String[]) rs.getArray("columns").getArray())))
                .list();
    }

    record ForeignKey(String table, String name, List<String> columns, String referenced,
            List<String> referencedColumns) {
        /** Some position of the key pairs tenant_id with tenant_id, so both rows live on one shard. */
        boolean matchesTenant() {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equals(COLUMN) && referencedColumns.get(i).equals(COLUMN)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<ForeignKey> foreignKeys(Handle handle) {
        return handle.createQuery("""
                        select t.relname as table_name, con.conname as name, r.relname as referenced,
                               array(select a.attname from unnest(con.conkey) with ordinality as k(attnum, n)
                                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
                                     order by k.n) as columns,
                               array(select a.attname from unnest(con.confkey) with ordinality as k(attnum, n)
                                     join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
                                     order by k.n) as referenced_columns
                        from pg_constraint con
                        join pg_class t on t.oid = con.conrelid
                        join pg_class r on r.oid = con.confrelid
                        where con.contype = 'f' and t.relnamespace = current_schema()::regnamespace
                        order by 1, 2""")
                .map((rs, ctx) -> new ForeignKey(rs.getString("table_name"), rs.getString("name"),
                        List.of((String[]) rs.getArray("columns").getArray()), rs.getString("referenced"),
                        List.of((String[]) rs.getArray("referenced_columns").getArray())))
                .list();
    }
}
