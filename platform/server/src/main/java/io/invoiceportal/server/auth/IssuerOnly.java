package io.invoiceportal.server.auth;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Issuer endpoints under {@code /v1/tenants/{tenant}}: {@code Authorization: Bearer <tenant API key>}.
 * The resolved tenant is available through {@code @Context Tenant} (see {@link Principals}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IssuerOnly {}
