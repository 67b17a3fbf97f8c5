package io.invoiceportal.core.passkey;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import io.invoiceportal.core.account.AccountDao;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Yubico's view of the stored passkeys of one tenant on one relying party id (the host they were
 * made on); a user name is an account's login, a user handle its random passkey handle.
 */
class PasskeyRepository implements CredentialRepository {
    private final Handle handle;
    private final long tenantId;
    private final String rpId;

    PasskeyRepository(Handle handle, long tenantId, String rpId) {
        this.handle = handle;
        this.tenantId = tenantId;
        this.rpId = rpId;
    }

    private PasskeyDao dao() {
        return handle.attach(PasskeyDao.class);
    }

    private Optional<AccountDao.AccountRow> account(String login) {
        return login == null ? Optional.empty() : handle.attach(AccountDao.class).findByLogin(tenantId, login);
    }

    @Override
    public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String login) {
        return account(login).stream().flatMap(a -> dao().ofAccountOn(tenantId, a.id(), rpId).stream())
                .map(p -> PublicKeyCredentialDescriptor.builder().id(new ByteArray(p.credentialId())).build())
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<ByteArray> getUserHandleForUsername(String login) {
        return account(login).flatMap(a -> dao().userHandle(tenantId, a.id())).map(ByteArray::new);
    }

    @Override
    public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
        return dao().accountOfUserHandle(tenantId, userHandle.getBytes())
                .flatMap(id -> handle.attach(AccountDao.class).findById(tenantId, id)).map(AccountDao.AccountRow::login);
    }

    @Override
    public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
        return dao().byCredential(tenantId, credentialId.getBytes())
                .filter(p -> p.rpId().equals(rpId) && Arrays.equals(p.userHandle(), userHandle.getBytes()))
                .map(PasskeyRepository::registered);
    }

    @Override
    public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
        return dao().byCredential(tenantId, credentialId.getBytes()).map(PasskeyRepository::registered).stream()
                .collect(Collectors.toSet());
    }

    private static RegisteredCredential registered(PasskeyDao.PasskeyRow p) {
        return RegisteredCredential.builder().credentialId(new ByteArray(p.credentialId()))
                .userHandle(new ByteArray(p.userHandle())).publicKeyCose(new ByteArray(p.publicKeyCose()))
                .signatureCount(p.signatureCount()).build();
    }
}
