-- Each tenant's values for the settings a plugin's export format or delivery channel declares
-- (SettingDefinition in the plugin API). Stored as text; the declaration gives the type.
-- Secret values are stored as they are: the API never returns them (see docs/plugins.md).
create table plugin_setting (
    tenant_id    bigint not null references tenant (id) on delete cascade,
    extension_id text   not null check (extension_id ~ '^[a-z0-9-]+$'),
    name         text   not null check (name ~ '^[a-z][A-Za-z0-9]{0,39}$'),
    value        text   not null,
    primary key (tenant_id, extension_id, name)
);
