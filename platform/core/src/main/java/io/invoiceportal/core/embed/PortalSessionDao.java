package io.invoiceportal.core.embed;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for portal sessions (one-time hand-over tokens, stored as SHA-256); every statement binds the tenant. */
@RegisterConstructorMapper(PortalSessionDao.Used.class)
@RegisterConstructorMapper(PortalSessionDao.State.class)
public interface PortalSessionDao {

    /** What a token was made for, read when it is used. */
    record Used(long customerId, boolean embed, String language, String returnUrl) {}

    /** A token's state, read only to say why it cannot be used. */
    record State(Instant expiresAt, Instant usedAt) {}

    @SqlUpdate("insert into portal_session (tenant_id, token_hash, customer_id, embed, language, return_url, expires_at)"
            + " values (:tenantId, :hash, :customerId, :embed, :language, :returnUrl, :expiresAt)")
    void insert(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash, @Bind("customerId") long customerId,
            @Bind("embed") boolean embed, @Bind("language") String language, @Bind("returnUrl") String returnUrl,
            @Bind("expiresAt") Instant expiresAt);

    /** Marks the token used, in one statement: a second or concurrent use, or a late one, finds nothing. */
    @SqlQuery("update portal_session set used_at = :now where tenant_id = :tenantId and token_hash = :hash"
            + " and used_at is null and expires_at > :now returning customer_id, embed, language, return_url")
    Optional<Used> use(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash, @Bind("now") Instant now);

    @SqlQuery("select expires_at, used_at from portal_session where tenant_id = :tenantId and token_hash = :hash")
    Optional<State> state(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);
}
