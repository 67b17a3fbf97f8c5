package io.invoiceportal.core.customer;

import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.EndpointInput;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.Sql;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Registers and updates a tenant's customers and their logins. */
public class CustomerService {
    public static final Pattern CUSTOMER_NUMBER = Pattern.compile("^[A-Za-z0-9._-]{1,50}$");
    private static final Pattern LOGIN = Pattern.compile("^[A-Za-z0-9._@+-]{2,100}$");

    private final Jdbi jdbi;

    public CustomerService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Customer> find(Tenant tenant, String customerNumber) {
        if (customerNumber == null || !CUSTOMER_NUMBER.matcher(customerNumber).matches()) {
            return Optional.empty();
        }
        return jdbi.withExtension(CustomerDao.class, dao -> dao.find(tenant.id(), customerNumber));
    }

    public Customer get(Tenant tenant, String customerNumber) {
        return find(tenant, customerNumber)
                .orElseThrow(() -> new NotFoundException("No customer " + customerNumber));
    }

    /**
     * Creates the customer (with its login, and queues the activation e-mail once) or updates it.
     *
     * @param actor who asks, for the audit trail
     */
    public PutResult put(Tenant tenant, String customerNumber, CustomerRequest request, String actor) {
        if (request == null) {
            new Checks().add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        Checks pathCheck = new Checks();
        pathCheck.matching("customerNumber", customerNumber, CUSTOMER_NUMBER, MessageKey.NUMBER_FORMAT);
        if (request.customerNumber() != null && !request.customerNumber().strip().equals(customerNumber)) {
            pathCheck.add("customerNumber", MessageKey.CUSTOMER_NUMBER_CHANGED);
        }
        pathCheck.throwIfAny();
        try {
            return jdbi.inTransaction(handle -> {
                CustomerDao dao = handle.attach(CustomerDao.class);
                Optional<Customer> existing = dao.findForUpdate(tenant.id(), customerNumber);
                String state = existing.map(Customer::accountState).map(AccountState::dbValue).orElse(null);
                if (request.accountState() != null && !request.accountState().strip().equals(state)) {
                    new Checks().add("accountState", MessageKey.ACCOUNT_STATE_READ_ONLY)
                            .throwIfAny();
                }
                if (existing.isEmpty()) {
                    Customer fresh = checked(tenant, customerNumber, request, null);
                    Optional<Long> id = dao.insert(tenant.id(), fresh);
                    if (id.isPresent()) {
                        return create(handle, tenant, fresh, id.get(), request.login(), actor);
                    }
                    existing = dao.findForUpdate(tenant.id(), customerNumber); // created concurrently
                }
                return update(handle, tenant, existing.orElseThrow(), request, actor);
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("The login is taken by another customer of this tenant");
            }
            throw e;
        }
    }

    private PutResult create(Handle handle, Tenant tenant, Customer fresh, long id, String requestedLogin,
            String actor) {
        String login = requestedLogin == null || requestedLogin.isBlank() ? fresh.customerNumber() : requestedLogin.strip();
        Checks checks = new Checks();
        checks.matching("login", login, LOGIN, MessageKey.LOGIN_FORMAT);
        checks.throwIfAny();
        AccountDao accounts = handle.attach(AccountDao.class);
        if (accounts.loginTakenByOther(tenant.id(), login, id)) {
            throw new ConflictException("The login '" + login + "' is taken by another customer of this tenant");
        }
        accounts.insert(tenant.id(), id, login);
        Outbox.enqueue(handle, tenant.id(), OutboxKind.ACTIVATION, id, null, fresh.deliveryChannel());
        handle.attach(AuditDao.class).record(tenant.id(), actor, "customer.created", fresh.customerNumber(),
                Json.write(Map.of("login", login)));
        return new PutResult(handle.attach(CustomerDao.class).findById(tenant.id(), id).orElseThrow(), true);
    }

    private PutResult update(Handle handle, Tenant tenant, Customer current, CustomerRequest request, String actor) {
        Customer changed = checked(tenant, current.customerNumber(), request, current);
        CustomerDao dao = handle.attach(CustomerDao.class);
        dao.update(tenant.id(), changed);
        if (request.login() != null && !request.login().strip().equals(current.login())) {
            String login = request.login().strip();
            Checks checks = new Checks();
            checks.matching("login", login, LOGIN, MessageKey.LOGIN_FORMAT);
            checks.throwIfAny();
            AccountDao accounts = handle.attach(AccountDao.class);
            if (accounts.loginTakenByOther(tenant.id(), login, current.id())) {
                throw new ConflictException("The login '" + login + "' is taken by another customer of this tenant");
            }
            accounts.rename(tenant.id(), current.id(), login);
        }
        if (!changed.email().equalsIgnoreCase(current.email())) {
            // the account manager changed the address: both the old and the new one hear of it
            for (String to : java.util.List.of(current.email(), changed.email())) {
                Outbox.enqueue(handle, tenant.id(), OutboxKind.EMAIL_CHANGED, current.id(), null, current.deliveryChannel(),
                        Json.write(Map.of("to", to, "oldEmail", current.email(), "newEmail", changed.email())));
            }
        }
        handle.attach(AuditDao.class).record(tenant.id(), actor, "customer.updated", current.customerNumber(), null);
        return new PutResult(dao.findById(tenant.id(), current.id()).orElseThrow(), false);
    }

    /**
     * Saves what the customer may change of their own profile: contact, address, language and
     * delivery channel (one of the tenant's). Read-only fields must be left out or unchanged.
     */
    public Customer updateProfile(Tenant tenant, long customerId, ProfileRequest r) {
        return updateProfile(tenant, customerId, r, Origin.UNKNOWN);
    }

    /**
     * {@link #updateProfile(Tenant, long, ProfileRequest)} from {@code origin}: the activity trail
     * records {@code customer.profile-saved} with the fields that changed.
     */
    public Customer updateProfile(Tenant tenant, long customerId, ProfileRequest r, Origin origin) {
        Checks checks = new Checks();
        if (r == null) {
            checks.add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        Customer current = jdbi.withExtension(CustomerDao.class, dao -> dao.findById(tenant.id(), customerId)).orElseThrow();
        readOnly(checks, "customerNumber", r.customerNumber(), current.customerNumber());
        readOnly(checks, "companyName", r.companyName(), current.companyName());
        readOnly(checks, "email", r.email(), current.email());
        readOnly(checks, "login", r.login(), current.login());
        checks.throwIfAny();
        CustomerRequest change = new CustomerRequest(null, null, null, r.language(), r.deliveryChannel(),
                r.contact(), r.address(), null, null, null, null);
        return jdbi.inTransaction(handle -> {
            Customer changed = checked(tenant, current.customerNumber(), change, current);
            handle.attach(CustomerDao.class).update(tenant.id(), changed);
            handle.attach(AuditDao.class).record(tenant.id(), current.id(), Actions.customer(current.login()),
                    Actions.PROFILE_SAVED, current.customerNumber(), Json.write(Map.of("fields", changedFields(current, changed))),
                    origin);
            return handle.attach(CustomerDao.class).findById(tenant.id(), customerId).orElseThrow();
        });
    }

    /** The profile fields whose value differs between the two, by their names in the profile's JSON. */
    static List<String> changedFields(Customer before, Customer after) {
        List<String> fields = new ArrayList<>();
        changed(fields, "language", before.language(), after.language());
        changed(fields, "deliveryChannel", before.deliveryChannel(), after.deliveryChannel());
        changed(fields, "contact.name", before.contactName(), after.contactName());
        changed(fields, "contact.phone", before.contactPhone(), after.contactPhone());
        changed(fields, "address.street", before.street(), after.street());
        changed(fields, "address.postalCode", before.postalCode(), after.postalCode());
        changed(fields, "address.city", before.city(), after.city());
        changed(fields, "address.countryCode", before.countryCode(), after.countryCode());
        return fields;
    }

    private static void changed(List<String> fields, String name, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static void readOnly(Checks checks, String field, String sent, String current) {
        if (sent != null && !sent.strip().equals(current)) {
            checks.add(field, "email".equals(field) ? MessageKey.EMAIL_READ_ONLY : MessageKey.FIELD_READ_ONLY);
        }
    }

    /**
     * Queues a fresh activation e-mail for a customer whose account is not active yet; links sent
     * before stop working at once.
     */
    public void resendActivation(Tenant tenant, String customerNumber, String actor) {
        Customer customer = get(tenant, customerNumber);
        if (customer.accountState() == AccountState.ACTIVE) {
            throw new ConflictException("The account of customer " + customerNumber + " is active already;"
                    + " the customer can use 'forgot password'");
        }
        jdbi.useTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            long accountId = accounts.findByCustomer(tenant.id(), customer.id()).orElseThrow().id();
            accounts.voidTokens(tenant.id(), accountId, TokenPurpose.ACTIVATION.dbValue());
            Outbox.enqueue(handle, tenant.id(), OutboxKind.ACTIVATION, customer.id(), null, customer.deliveryChannel());
            handle.attach(AuditDao.class).record(tenant.id(), actor, "customer.activation-resent", customerNumber, null);
        });
    }

    /** Validates the request; fields it leaves out come from {@code current} (or defaults on create). */
    private static Customer checked(Tenant tenant, String number, CustomerRequest r, Customer current) {
        Checks checks = new Checks();
        boolean creating = current == null;
        String companyName = creating || r.companyName() != null
                ? checks.required("companyName", r.companyName(), 200) : current.companyName();
        String email = creating || r.email() != null ? checks.email("email", r.email()) : current.email();
        String language = r.language() != null ? r.language().strip().toLowerCase(Locale.ROOT)
                : creating ? tenant.defaultLanguage() : current.language();
        if (!tenant.languages().contains(language)) {
            checks.add("language", MessageKey.LANGUAGE_NOT_OFFERED, String.valueOf(tenant.languages()));
        }
        String channel = r.deliveryChannel() != null ? r.deliveryChannel().strip()
                : creating ? tenant.enabledChannels().stream().findFirst().orElse(null) : current.deliveryChannel();
        if (!tenant.enabledChannels().contains(channel)) {
            checks.add("deliveryChannel", MessageKey.DELIVERY_CHANNEL_NOT_OFFERED, String.valueOf(tenant.enabledChannels()));
        }
        String contactName = current == null ? null : current.contactName();
        String contactPhone = current == null ? null : current.contactPhone();
        if (r.contact() != null) {
            contactName = checks.optional("contact.name", r.contact().name(), 200);
            contactPhone = checks.optional("contact.phone", r.contact().phone(), 50);
        }
        AddressInput address = current == null ? new AddressInput(null, null, null, null)
                : new AddressInput(current.street(), current.postalCode(), current.city(), current.countryCode());
        if (r.address() != null) {
            address = r.address().checked(checks, "address");
        }
        String vatId = r.vatId() != null ? checks.optional("vatId", r.vatId(), 30) : current == null ? null : current.vatId();
        EndpointInput endpoint = current == null ? new EndpointInput(null, null)
                : new EndpointInput(current.endpointScheme(), current.endpointId());
        if (r.endpoint() != null) {
            endpoint = r.endpoint().checked(checks, "endpoint");
        }
        checks.throwIfAny();
        return new Customer(current == null ? 0 : current.id(), number, companyName, email, language, channel,
                contactName, contactPhone, address.street(), address.postalCode(), address.city(),
                address.countryCode(), vatId, endpoint.scheme(), endpoint.id(), null, null);
    }

    /** The stored customer and whether this call created it. */
    public record PutResult(Customer customer, boolean created) {}
}
