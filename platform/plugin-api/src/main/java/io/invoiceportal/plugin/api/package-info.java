/**
 * The Invoice Portal plugin API: the only package a plugin compiles against (with PF4J, both
 * {@code provided}).
 *
 * <p>A plugin adds an {@link io.invoiceportal.plugin.api.InvoiceExporter export format} or a
 * {@link io.invoiceportal.plugin.api.DeliveryChannel delivery channel}. It receives read-only
 * views ({@link io.invoiceportal.plugin.api.InvoiceView}, {@link io.invoiceportal.plugin.api.TenantView},
 * ...) and a context that always names the tenant: a plugin never looks data up itself.
 *
 * <p>Compatibility: the API has its own semantic version, {@link io.invoiceportal.plugin.api.PluginApi#VERSION};
 * within a major version, types and methods are only added (methods with a {@code default}). The
 * views are interfaces built with builders so that they can grow; a plugin declares the versions it
 * accepts in its manifest's {@code Plugin-Requires}.
 */
package io.invoiceportal.plugin.api;
