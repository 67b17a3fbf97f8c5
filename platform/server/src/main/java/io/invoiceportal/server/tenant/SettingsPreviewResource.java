package io.invoiceportal.server.tenant;

import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.BrandingPreview;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Issuer: the sample PDF and new-invoice mail in the stored branding, or in branding not saved yet. */
@Path("/v1/tenants/{tenant}/settings/preview")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
public class SettingsPreviewResource {
    static final List<String> PARTS = List.of("login", "pdf", "mail");
    private static final String DESCRIPTION = " part=login: {url, expiresAt}, a link valid 10 minutes to the"
            + " tenant's login page in that branding (in the reader's language), with a notice that it is a preview; nobody can sign in there."
            + " part=pdf: application/pdf, a sample invoice (VOORBEELD-0001 in Dutch,"
            + " SAMPLE-0001 in English) made by the tenant's PDF format; part=mail: the new-invoice mail the tenant's"
            + " delivery channel would send for it, as text/html (inline images as data URIs) or text/plain when the"
            + " mail has no HTML. language: nl or en, one the tenant offers (default: the tenant's language)."
            + " Nothing is stored in the tenant's settings and no mail is sent. 422 on part or language; 404 when the tenant offers no PDF"
            + " format or no channel that sends mail.";
    private final TenantService tenants;
    private final BrandingPreview preview;
    private final String publicUrl;

    public SettingsPreviewResource(TenantService tenants, BrandingPreview preview, String publicUrl) {
        this.tenants = tenants;
        this.preview = preview;
        this.publicUrl = publicUrl;
    }

    /** A link to the login page in previewed branding. */
    public record LoginPreviewJson(String url, java.time.Instant expiresAt) {}

    @GET
    @Operation(summary = "Preview the stored branding", description = "Renders with the settings as stored." + DESCRIPTION)
    public Response stored(@Context Tenant tenant, @QueryParam("part") String part, @QueryParam("language") String language) {
        return render(tenant, part, language);
    }

    @POST
    @BodyLimit(BodyLimit.LARGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview branding before saving it", description = "The body has the shape of PUT .../settings;"
            + " its branding (and languages) are checked as PUT checks them (422 per field, such as"
            + " branding.primaryColor) and used for this rendering only; other keys are ignored." + DESCRIPTION)
    public Response unsaved(@Context Tenant tenant, @QueryParam("part") String part, @QueryParam("language") String language,
            SettingsRequest body) {
        checkPart(part);
        return render(tenants.withUnsavedBranding(tenant, body), part, language);
    }

    private Response render(Tenant tenant, String part, String language) {
        checkPart(part);
        Locale locale = locale(tenant, language);
        if (part.equals("login")) {
            TenantService.PreviewToken token = tenants.startPreview(tenant, tenant.branding(), java.time.Instant.now());
            String url = publicUrl + "/t/" + tenant.slug() + "/login?preview=" + token.token();
            return Response.ok(new LoginPreviewJson(url, token.expiresAt()), MediaType.APPLICATION_JSON).build();
        }
        if (part.equals("pdf")) {
            try {
                return Response.ok(preview.pdf(tenant, locale), "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"preview.pdf\"").build();
            } catch (ExportException e) {
                return ApiError.exportFailed(e);
            }
        }
        MailSender.Mail mail = preview.mail(tenant, locale);
        String html = BrandingPreview.htmlWithInlineImages(mail);
        return html != null ? Response.ok(html, "text/html; charset=utf-8").build()
                : Response.ok(mail.text(), "text/plain; charset=utf-8").build();
    }

    private static void checkPart(String part) {
        if (part == null || !PARTS.contains(part)) {
            throw new ValidationException(List.of(new io.invoiceportal.core.common.FieldError("part",
                    MessageKey.PREVIEW_PART, String.join(", ", PARTS))));
        }
    }

    private static Locale locale(Tenant tenant, String language) {
        if (language == null || language.isBlank()) {
            return tenant.defaultLocale();
        }
        if (!tenant.languages().contains(language)) {
            throw new ValidationException(List.of(new io.invoiceportal.core.common.FieldError("language",
                    MessageKey.LANGUAGE_NOT_OFFERED, String.join(", ", tenant.languages()))));
        }
        return Locale.forLanguageTag(language);
    }
}
