package io.invoiceportal.server.api;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;

/** {@code GET /api/openapi.json}: the OpenAPI document, generated from the resources at start. */
public final class OpenApi {
    private OpenApi() {}

    public static void register(ResourceConfig jersey, String publicUrl) {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Invoice Portal API").version("1")
                        .description("Tenants, customers and invoices. The contract (roles, errors, status codes,"
                                + " idempotency, paging) is docs/api.md in the portal's repository, the invoice JSON"
                                + " docs/invoice-model.md. Errors are"
                                + " {\"code\", \"message\", \"errors\": [{\"field\", \"message\"}]}."))
                .servers(List.of(new Server().url(publicUrl + "/api")))
                .components(new Components()
                        .addSecuritySchemes("adminKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The operator key (PORTAL_ADMIN_KEY)"))
                        .addSecuritySchemes("tenantKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The tenant's API key")));
        SwaggerConfiguration config = new SwaggerConfiguration()
                .openAPI(api)
                .prettyPrint(true)
                .readAllResources(false)
                .resourcePackages(Set.of("io.invoiceportal.server"));
        jersey.register(new OpenApiResource().openApiConfiguration(config));
    }
}
