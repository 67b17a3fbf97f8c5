package io.invoiceportal.plugin.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * Renders one invoice in one file format (PDF, CSV, XML, UBL, ...).
 *
 * <p><b>Lifecycle.</b> The portal creates one instance per plugin start (PF4J {@code @Extension}
 * classes need a public no-argument constructor) and keeps it until the plugin stops. The
 * {@link #id()} must stay the same for the life of the plugin: tenants enable formats by id.
 *
 * <p><b>Thread-safety.</b> {@link #export} is called concurrently from many request threads, for
 * many tenants. Implementations must be stateless or guard their own state.
 *
 * <p><b>What a plugin may rely on.</b> The {@link InvoiceView} is complete: amounts are already
 * computed and rounded, seller and buyer are filled in. The {@link ExportContext} names the
 * tenant and the reader's locale. The output stream is buffered and owned by the caller: write
 * to it, never close it.
 */
public interface InvoiceExporter extends ExtensionPoint {

    /** Stable identifier, lower case {@code [a-z0-9-]+}, used in URLs ({@code pdf}, {@code csv}). */
    String id();

    /** Name shown to users, in the given locale (for example "PDF" or "Factuur als CSV"). */
    String displayName(Locale locale);

    /** Media type of the output, for example {@code text/csv; charset=UTF-8}. */
    String mediaType();

    /** File extension without the dot, for example {@code csv}. */
    String fileExtension();

    /**
     * Writes {@code invoice} to {@code out}.
     *
     * @throws ExportException when this invoice cannot be rendered in this format (the user sees
     *     the message); an {@link IOException} from {@code out} may be passed on as it is
     */
    void export(InvoiceView invoice, ExportContext context, OutputStream out)
            throws ExportException, IOException;

    /**
     * The settings each tenant may give this exporter (a URL, a signing secret, a limit); the
     * same list on every call. The tenant's values arrive in the context of every call.
     * None by default.
     */
    default List<SettingDefinition> settings() {
        return List.of();
    }

    /**
     * What this format's standard needs from the tenant's and this customer's data that is missing,
     * each as an EN 16931 business term id and name (for example {@code "BT-49 Buyer electronic
     * address"}); empty when every invoice to this customer can be exported (as far as the parties
     * go: the invoice itself may still lack something, see {@link ExportException#missingTerms()}).
     * The portal shows it to the issuer as the customer's readiness. Nothing missing by default.
     * Since 1.1.
     */
    default List<String> missingData(TenantView tenant, CustomerView customer) {
        return List.of();
    }
}
