/**
 * The Invoice Portal plugin API: the only package a plugin compiles against (with PF4J, both
 * {@code provided}).
 *
 * <p>A plugin adds an {@link io.invoiceportal.plugin.api.InvoiceExporter export format} or a
 * {@link io.invoiceportal.plugin.api.DeliveryChannel delivery channel}. It receives read-only
 * views ({@link io.invoiceportal.plugin.api.InvoiceView}, {@link io.invoiceportal.plugin.api.TenantView},
 * ...) and a context that always names the tenant: a plugin never looks data up itself.
 *
 * <p>Compatibility: within a major version of this API, types and methods are only added.
 */
package io.invoiceportal.plugin.api;
