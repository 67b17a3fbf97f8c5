package io.invoiceportal.server.auth;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Endpoints of a signed-in customer user under {@code /v1/tenants/{tenant}/me}: a session of
 * that tenant is required (401 otherwise). The user is available through {@code @Context SignedIn} (see {@link Principals}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CustomerOnly {}
