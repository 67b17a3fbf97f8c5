package io.invoiceportal.plugins.ubl;

import com.helger.diagnostics.error.list.ErrorList;
import com.helger.jaxb.GenericJAXBMarshaller;
import com.helger.ubl21.UBL21Marshaller;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Marshals an invoice with ph-ubl21. The document is built from the typed model in schema order;
 * its validity (UBL schema and rules) is proven by the tests with phive, so the export does not
 * check the schema again while writing (that tripled the time of an export). JAXB
 * finds its implementation through the thread context class loader, which in a request thread is
 * the portal's: marshalling runs with this plugin's class loader as context class loader.
 */
public final class UblWriter {

    private UblWriter() {}

    /** The UBL document of {@code invoice} in {@code profile}, UTF-8 and indented. */
    public static byte[] write(InvoiceView invoice, UblProfile profile) throws ExportException {
        return withPluginClassLoader(() -> invoice.documentType() == InvoiceView.DocumentType.CREDIT_NOTE
                ? marshal(UBL21Marshaller.creditNote(), UblDocuments.creditNote(invoice, profile), invoice)
                : marshal(UBL21Marshaller.invoice(), UblDocuments.invoice(invoice, profile), invoice));
    }

    private static <T> Result marshal(GenericJAXBMarshaller<T> marshaller, T document, InvoiceView invoice) {
        ErrorList errors = new ErrorList();
        marshaller.setFormattedOutput(true).setUseSchema(false).setCharset(StandardCharsets.UTF_8).setCollectErrors(errors);
        byte[] bytes = marshaller.getAsBytes(document);
        if (bytes == null || errors.containsAtLeastOneError()) {
            return new Result(null, "Invoice " + invoice.invoiceNumber() + " cannot be written as UBL: "
                    + errors.getAllErrors().stream().map(Object::toString).toList());
        }
        return new Result(bytes, null);
    }

    private static byte[] withPluginClassLoader(Supplier<Result> work) throws ExportException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(UblWriter.class.getClassLoader());
        Result result;
        try {
            result = work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (result.bytes() == null) {
            throw new ExportException(result.problem());
        }
        return result.bytes();
    }

    private record Result(byte[] bytes, String problem) {}
}
