package io.invoiceportal.core.customer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for customers; every statement binds the tenant. */
@RegisterConstructorMapper(Customer.class)
public interface CustomerDao {

    String SELECT = "select c.id, c.customer_number, c.company_name, c.email, c.language, c.delivery_channel,"
            + " c.contact_name, c.contact_phone, c.street, c.postal_code, c.city, c.country_code, c.vat_id,"
            + " c.endpoint_scheme, c.endpoint_id, a.login, a.state as account_state"
            + " from customer c left join account a on a.tenant_id = c.tenant_id and a.customer_id = c.id";

    @SqlQuery(SELECT + " where c.tenant_id = :tenantId and c.customer_number = :number")
    Optional<Customer> find(@Bind("tenantId") long tenantId, @Bind("number") String customerNumber);

    /** The tenant's customers with these numbers (unknown numbers are left out). */
    @SqlQuery(SELECT + " where c.tenant_id = :tenantId and c.customer_number = any(:numbers)")
    List<Customer> findAll(@Bind("tenantId") long tenantId, @Bind("numbers") String[] customerNumbers);

    @SqlQuery(SELECT + " where c.tenant_id = :tenantId and c.customer_number = :number for update of c")
    Optional<Customer> findForUpdate(@Bind("tenantId") long tenantId, @Bind("number") String customerNumber);

    /** Every customer of the tenant, read in batches (inside a transaction, so the driver uses a cursor); close the stream. */
    @SqlQuery(SELECT + " where c.tenant_id = :tenantId order by c.customer_number")
    @FetchSize(500)
    Stream<Customer> all(@Bind("tenantId") long tenantId);

    @SqlQuery(SELECT + " where c.tenant_id = :tenantId and c.id = :id")
    Optional<Customer> findById(@Bind("tenantId") long tenantId, @Bind("id") long id);

    @SqlUpdate("insert into customer (tenant_id, customer_number, company_name, email, language, delivery_channel,"
            + " contact_name, contact_phone, street, postal_code, city, country_code, vat_id, endpoint_scheme, endpoint_id)"
            + " values (:tenantId, :c.customerNumber, :c.companyName, :c.email, :c.language, :c.deliveryChannel,"
            + " :c.contactName, :c.contactPhone, :c.street, :c.postalCode, :c.city, :c.countryCode, :c.vatId,"
            + " :c.endpointScheme, :c.endpointId) on conflict (tenant_id, customer_number) do nothing")
    @GetGeneratedKeys("id")
    Optional<Long> insert(@Bind("tenantId") long tenantId, @BindMethods("c") Customer customer);

    @SqlUpdate("update customer set company_name = :c.companyName, email = :c.email, language = :c.language,"
            + " delivery_channel = :c.deliveryChannel, contact_name = :c.contactName, contact_phone = :c.contactPhone,"
            + " street = :c.street, postal_code = :c.postalCode, city = :c.city, country_code = :c.countryCode,"
            + " vat_id = :c.vatId, endpoint_scheme = :c.endpointScheme, endpoint_id = :c.endpointId, updated_at = now()"
            + " where tenant_id = :tenantId and id = :c.id")
    void update(@Bind("tenantId") long tenantId, @BindMethods("c") Customer customer);
}
