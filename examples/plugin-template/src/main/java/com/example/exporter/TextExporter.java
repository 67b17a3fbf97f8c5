package com.example.exporter;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The export format {@code text}: a short plain-text summary of an invoice, with a footer each
 * tenant may set. Stateless, so safe for the concurrent calls the portal makes.
 */
@Extension
public class TextExporter implements InvoiceExporter {
    static final String FOOTER = "footer";

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String displayName(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "Tekstbestand" : "Text file";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.builder(FOOTER, SettingType.STRING).defaultValue("")
                .description("A line printed under every invoice, such as the payment terms").build());
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
        boolean dutch = "nl".equals(context.locale().getLanguage());
        String text = (dutch ? "Factuur " : "Invoice ") + invoice.invoiceNumber() + "\n"
                + (dutch ? "Datum: " : "Date: ") + invoice.issueDate() + "\n"
                + (dutch ? "Van: " : "From: ") + invoice.seller().legalName() + "\n"
                + (dutch ? "Aan: " : "To: ") + invoice.buyer().party().legalName() + "\n"
                + (dutch ? "Te betalen: " : "Amount due: ") + invoice.currency() + " " + invoice.totals().payable() + "\n"
                + context.settings().string(FOOTER).filter(footer -> !footer.isBlank()).map(footer -> footer + "\n").orElse("");
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
