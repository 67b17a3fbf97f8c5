package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One UBL export in a profile: refuses an invoice the profile's rules would reject (naming the
 * missing business terms and rules), else writes the document. Shared by the UBL and XRechnung
 * exporters.
 */
public final class UblExport {

    private UblExport() {}

    /**
     * Writes {@code invoice} in {@code profile} to {@code out}; nothing is written when it fails.
     *
     * @param format the format's name for the message, such as {@code "Peppol BIS Billing 3.0 UBL"}
     * @throws ExportException naming the missing business terms when the profile's rules would reject the
     *     invoice, or saying why the profile cannot carry it
     */
    public static void write(InvoiceView invoice, UblProfile profile, String format, OutputStream out)
            throws ExportException, IOException {
        String unsupported = profile.unsupported(invoice);
        if (unsupported != null) {
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " cannot be exported as " + format + ": "
                    + unsupported);
        }
        List<UblProfile.Gap> gaps = profile.missingFromInvoice(invoice);
        if (!gaps.isEmpty()) {
            String named = gaps.stream().map(gap -> gap.term() + " (" + gap.rule() + ")")
                    .collect(Collectors.joining(", "));
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " cannot be exported as " + format
                    + ": missing " + named, gaps.stream().map(UblProfile.Gap::term).distinct().toList());
        }
        out.write(UblWriter.write(invoice, profile));
    }
}
