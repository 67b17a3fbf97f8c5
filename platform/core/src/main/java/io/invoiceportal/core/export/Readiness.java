package io.invoiceportal.core.export;

import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.TenantView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the tenant's and a customer's data are enough for each format the tenant offers, as the
 * formats' plugins say ({@link InvoiceExporter#missingData}): the issuer's view of who can get an
 * e-invoice yet.
 */
public class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    private final Jdbi jdbi;
    private final ExportService exports;
    private final String publicUrl;

    public Readiness(Jdbi jdbi, ExportService exports, String publicUrl) {
        this.jdbi = jdbi;
        this.exports = exports;
        this.publicUrl = publicUrl;
    }

    /**
     * Per format the tenant offers, in its order, the business terms missing for this customer, such
     * as {@code "BT-49 Buyer electronic address"}; an empty list when the format has all it needs. A
     * format whose plugin fails to answer is left out.
     */
    public Map<String, List<String>> of(Tenant tenant, Customer customer) {
        return missing(tenant, PluginViews.tenant(tenant, publicUrl), customer);
    }

    /** Per format the tenant offers, how many of its customers miss some business term for it. */
    public Map<String, Integer> notReady(Tenant tenant) {
        TenantView view = PluginViews.tenant(tenant, publicUrl);
        Map<String, Integer> counts = new LinkedHashMap<>();
        exports.formats(tenant).forEach(format -> counts.put(format.id(), 0));
        // streamed: a tenant may have many customers, and only the counts are kept
        jdbi.useTransaction(h -> {
            try (Stream<Customer> customers = h.attach(CustomerDao.class).all(tenant.id())) {
                customers.forEach(customer -> missing(tenant, view, customer).forEach((format, terms) -> {
                    if (!terms.isEmpty()) {
                        counts.merge(format, 1, Integer::sum);
                    }
                }));
            }
        });
        return counts;
    }

    private Map<String, List<String>> missing(Tenant tenant, TenantView view, Customer customer) {
        CustomerView buyer = PluginViews.customer(customer);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (InvoiceExporter format : exports.formats(tenant)) {
            try {
                missing.put(format.id(), List.copyOf(format.missingData(view, buyer)));
            } catch (RuntimeException e) {
                LOG.warn("Format {} could not tell what it misses for a customer of {}", format.id(), tenant.slug(), e);
            }
        }
        return missing;
    }
}
