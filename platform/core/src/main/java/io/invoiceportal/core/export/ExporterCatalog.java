package io.invoiceportal.core.export;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import java.util.List;
import java.util.Optional;

/** The export formats and delivery channels the loaded plugins provide. */
public interface ExporterCatalog {

    List<InvoiceExporter> exporters();

    List<DeliveryChannel> channels();

    default Optional<InvoiceExporter> exporter(String id) {
        return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    default Optional<DeliveryChannel> channel(String id) {
        return channels().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
