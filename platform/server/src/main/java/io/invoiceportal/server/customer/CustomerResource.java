package io.invoiceportal.server.customer;

import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.Readiness;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Issuer: registers and reads its customers. */
@Path("/v1/tenants/{tenant}/customers/{customerNumber}")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final CustomerService customers;
    private final Readiness readiness;

    public CustomerResource(CustomerService customers, Readiness readiness) {
        this.customers = customers;
        this.readiness = readiness;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a customer",
            description = "Creating also creates the login and queues the activation e-mail, once."
                    + " On update, fields left out keep their value. 201 when created, 200 when updated.")
    public Response put(@Context Tenant tenant, @PathParam("customerNumber") String number,
            CustomerRequest body) {
        CustomerService.PutResult result = customers.put(tenant, number, body, "issuer-api");
        return Response.status(result.created() ? 201 : 200).entity(CustomerJson.of(result.customer(), readiness.of(tenant, result.customer()))).build();
    }

    @POST
    @Path("/activation-email")
    @Operation(summary = "Send a fresh activation e-mail",
            description = "Links sent before stop working. 409 when the account is active already.")
    public Response resendActivation(@Context Tenant tenant,
            @PathParam("customerNumber") String number) {
        customers.resendActivation(tenant, number, "issuer-api");
        return Response.accepted(java.util.Map.of("state", "queued")).build();
    }

    @GET
    @Operation(summary = "A customer, its account state, delivery channel and readiness",
            description = "readiness: per format the tenant offers, the business terms (EN 16931 BT-n) the tenant's"
                    + " or the customer's data lack for it; an empty list when the customer can get that format.")
    public CustomerJson get(@Context Tenant tenant, @PathParam("customerNumber") String number) {
        Customer customer = customers.get(tenant, number);
        return CustomerJson.of(customer, readiness.of(tenant, customer));
    }
}
