package io.invoiceportal.core.tenant;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for tenants, their host names and API keys. */
@RegisterConstructorMapper(TenantDao.Row.class)
public interface TenantDao {

    String COLUMNS = "id, slug, name, default_language, settings::text,"
            + " array(select h.host from tenant_host h where h.tenant_id = tenant.id order by h.host) as host_names";

    record Row(long id, String slug, String name, String defaultLanguage, String settings, List<String> hostNames) {}

    @SqlQuery("select " + COLUMNS + " from tenant where slug = :slug")
    Optional<Row> findBySlug(@Bind("slug") String slug);

    @SqlQuery("select " + COLUMNS + " from tenant where id = :id")
    Optional<Row> findById(@Bind("id") long id);

    @SqlUpdate("insert into tenant (slug, name, default_language, settings)"
            + " values (:slug, :name, :language, cast(:settings as jsonb)) on conflict (slug) do nothing")
    @GetGeneratedKeys("id")
    Optional<Long> insert(@Bind("slug") String slug, @Bind("name") String name,
            @Bind("language") String language, @Bind("settings") String settings);

    @SqlQuery("select tenant_id from tenant_host where lower(host) = lower(:host)")
    Optional<Long> tenantOfHost(@Bind("host") String host);

    /** Of {@code hosts}, those that belong to a tenant other than {@code tenantId} (0: to any tenant). */
    @SqlQuery("select lower(host) from tenant_host where lower(host) = any(:hosts) and tenant_id <> :tenantId")
    List<String> hostsOfOthers(@Bind("tenantId") long tenantId, @Bind("hosts") List<String> hosts);

    @SqlUpdate("delete from tenant_host where tenant_id = :tenantId")
    void deleteHosts(@Bind("tenantId") long tenantId);

    @SqlUpdate("insert into tenant_host (tenant_id, host) values (:tenantId, lower(:host))")
    void insertHost(@Bind("tenantId") long tenantId, @Bind("host") String host);

    @SqlUpdate("update tenant set settings = cast(:settings as jsonb) where id = :tenantId")
    void updateSettings(@Bind("tenantId") long tenantId, @Bind("settings") String settings);

    @SqlUpdate("insert into tenant_api_key (tenant_id, key_hash) values (:tenantId, :hash)")
    void insertApiKey(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);

    @SqlQuery("select exists (select 1 from tenant_api_key"
            + " where tenant_id = :tenantId and key_hash = :hash and revoked_at is null)")
    boolean apiKeyValid(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);

    @SqlUpdate("insert into tenant_api_key (tenant_id, key_hash) select :tenantId, :hash where not exists"
            + " (select 1 from tenant_api_key where tenant_id = :tenantId and key_hash = :hash)")
    void insertApiKeyIfAbsent(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);
}
