package io.invoiceportal.server.customer;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.customer.ProfileRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The customer's own profile. (Class path as AccountResource's so that Jersey merges them; see
 * MyInvoicesResource.)
 */
@Path("/v1/tenants/{tenant}")
@CustomerOnly
@Tag(name = "Customer")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final CustomerService customers;

    public ProfileResource(CustomerService customers) {
        this.customers = customers;
    }

    public record ProfileJson(String customerNumber, String companyName, String email, String login,
            CustomerRequest.ContactInput contact, AddressInput address, String language, String deliveryChannel) {
        static ProfileJson of(Customer c) {
            return new ProfileJson(c.customerNumber(), c.companyName(), c.email(), c.login(),
                    new CustomerRequest.ContactInput(c.contactName(), c.contactPhone()),
                    new AddressInput(c.street(), c.postalCode(), c.city(), c.countryCode()), c.language(),
                    c.deliveryChannel());
        }
    }

    @GET
    @Path("/me/profile")
    @Operation(summary = "The customer's profile")
    public ProfileJson get(@Context Tenant tenant, @Context SignedIn user) {
        return ProfileJson.of(customers.get(tenant, user.customerNumber()));
    }

    @PUT
    @Path("/me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save contact, address, language and delivery channel",
            description = "customerNumber, companyName and email are read-only: another value is 422 naming the field.")
    public ProfileJson put(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            ProfileRequest body) {
        return ProfileJson.of(customers.updateProfile(tenant,
                user.customerId(), body, Origins.of(http)));
    }
}
