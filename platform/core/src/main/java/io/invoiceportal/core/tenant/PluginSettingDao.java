package io.invoiceportal.core.tenant;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the tenants' plugin setting values. */
@RegisterConstructorMapper(PluginSettingDao.Row.class)
public interface PluginSettingDao {

    record Row(String extensionId, String name, String value) {}

    @SqlQuery("select extension_id, name, value from plugin_setting where tenant_id = :tenantId")
    List<Row> all(@Bind("tenantId") long tenantId);

    @SqlQuery("select extension_id, name, value from plugin_setting"
            + " where tenant_id = :tenantId and extension_id = :extensionId")
    List<Row> of(@Bind("tenantId") long tenantId, @Bind("extensionId") String extensionId);

    @SqlUpdate("insert into plugin_setting (tenant_id, extension_id, name, value) values (:tenantId, :extensionId, :name, :value)"
            + " on conflict (tenant_id, extension_id, name) do update set value = excluded.value")
    void put(@Bind("tenantId") long tenantId, @Bind("extensionId") String extensionId, @Bind("name") String name,
            @Bind("value") String value);

    @SqlUpdate("delete from plugin_setting where tenant_id = :tenantId and extension_id = :extensionId and name = :name")
    void remove(@Bind("tenantId") long tenantId, @Bind("extensionId") String extensionId, @Bind("name") String name);
}
