package io.invoiceportal.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.w3c.dom.Element;

/**
 * The e-invoicing part of the Facturenscherm, for a customer of a tenant that offers UBL and
 * Factur-X: the credit note stands out in the list, and a ticked row downloads as UBL and as
 * Factur-X, checked the way a receiver reads them (file name, XML root, the PDF's attachment).
 */
final class EInvoiceSteps {
    static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    private final CustomerWalk walk;
    private final Page page;
    private final Labels t;
    private final InvoiceTable table;

    EInvoiceSteps(CustomerWalk walk, Labels labels) {
        this.walk = walk;
        this.page = walk.page();
        this.t = labels;
        this.table = new InvoiceTable(page);
    }

    /**
     * The credit note's row says so in the "Soort" column, an invoice's row says nothing there;
     * returns the number of an invoice on the page.
     */
    String creditNoteIsMarked(String creditNote) {
        List<Map<String, String>> rows = table.await("the credit note on the first page",
                r -> r.stream().anyMatch(row -> creditNote.equals(row.get(t.get("number")))));
        assertThat(row(rows, creditNote).get(t.get("type"))).isEqualTo(t.get("creditNote"));
        Map<String, String> invoice = rows.stream().filter(r -> r.get(t.get("type")).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no invoice next to the credit note: " + rows));
        assertThat(page.locator(".credit-note-badge")).hasText(t.get("creditNote"));
        walk.screen("credit-note");
        return invoice.get(t.get("number"));
    }

    /** The ticked invoice in the format whose name starts with {@code format}: named {number}.{extension}. */
    Download download(String number, String format, String extension) {
        int index = index(number);
        Locator tick = rowCheckboxes().nth(index);
        tick.check();
        walk.field(t.get("downloadOptions")).click();
        // a JavaScript regex in the browser: the format names hold no special characters, and \Q…\E would not work
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + format))).click();
        Download file = page.waitForDownload(() -> walk.button(t.get("download")).click());
        assertThat(file.suggestedFilename()).isEqualTo(number + "." + extension);
        tick.uncheck();
        assertThat(tick).not().isChecked();
        return file;
    }

    /** The UBL file's document element: {@code Invoice} or {@code CreditNote} in its UBL 2.1 namespace, with the number. */
    void isUbl(Download file, String namespace, String localName, String number) throws Exception {
        Element root = root(Files.readAllBytes(file.path()));
        assertThat(root.getNamespaceURI()).isEqualTo(namespace);
        assertThat(root.getLocalName()).isEqualTo(localName);
        assertThat(root.getElementsByTagNameNS("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ID")
                .item(0).getTextContent()).isEqualTo(number);
    }

    /** The Factur-X PDF carries factur-x.xml, a CII document of this invoice. */
    void isFacturX(Download file, String number) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.path().toFile())) {
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            assertThat(names).as("the PDF has a names dictionary").isNotNull();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsKey("factur-x.xml");
            byte[] xml = files.get("factur-x.xml").getEmbeddedFile().toByteArray();
            Element root = root(xml);
            assertThat(root.getNamespaceURI()).isEqualTo(CII);
            assertThat(root.getLocalName()).isEqualTo("CrossIndustryInvoice");
            assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains(number);
        }
    }

    private int index(String number) {
        List<Map<String, String>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (number.equals(rows.get(i).get(t.get("number")))) {
                return i;
            }
        }
        throw new AssertionError(number + " is not on the page: " + rows);
    }

    private Map<String, String> row(List<Map<String, String>> rows, String number) {
        return rows.stream().filter(r -> number.equals(r.get(t.get("number")))).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not on the page: " + rows));
    }

    private Locator rowCheckboxes() {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(t.get("selectRow")).setExact(true));
    }

    private static Element root(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }
}
