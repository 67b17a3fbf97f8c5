package io.invoiceportal.core.db;

import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The schema (Flyway, the only way it changes) and the JDBI set-up shared by every service. */
public final class Database {
    private Database() {}

    /** Brings the schema up to date; safe to call on every start and from several processes. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Installs the plugins every DAO relies on into a Jdbi (one made by Dropwizard or by {@link #jdbi}). */
    public static Jdbi configure(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin())
                .registerArgument(new DbValueArguments())
                .registerColumnMapper(new DbValueColumns());
    }

    /** Binds a {@link DbValue} enum as its stored value. */
    private static final class DbValueArguments implements ArgumentFactory.Preparable {
        @Override
        public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
            if (!DbValue.class.isAssignableFrom(GenericTypes.getErasedType(type))) {
                return Optional.empty();
            }
            return Optional.of(value -> (position, statement, context) -> statement.setString(position,
                    value == null ? null : ((DbValue) value).dbValue()));
        }
    }

    /** Maps a text column to the {@link DbValue} enum constant stored as its value. */
    private static final class DbValueColumns implements ColumnMapperFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
            Class<?> erased = GenericTypes.getErasedType(type);
            if (!erased.isEnum() || !DbValue.class.isAssignableFrom(erased)) {
                return Optional.empty();
            }
            Class enumType = erased;
            return Optional.of((rs, column, context) -> {
                String value = rs.getString(column);
                return value == null ? null : DbValue.of(enumType, value);
            });
        }
    }

    public static Jdbi jdbi(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }
}
