/**
 * The plugin test kit: {@link io.invoiceportal.plugin.testkit.TestViews} (the API's views with valid
 * defaults), {@link io.invoiceportal.plugin.testkit.RecordingMailSender}, the contract tests
 * {@link io.invoiceportal.plugin.testkit.ExporterContract} and
 * {@link io.invoiceportal.plugin.testkit.ChannelContract} that a plugin's tests extend,
 * {@link io.invoiceportal.plugin.testkit.PluginJar}, which loads the built jar as the portal does, and
 * {@link io.invoiceportal.plugin.testkit.ExportBenchmark}, the timing of the e-invoicing benchmark.
 */
package io.invoiceportal.plugin.testkit;
