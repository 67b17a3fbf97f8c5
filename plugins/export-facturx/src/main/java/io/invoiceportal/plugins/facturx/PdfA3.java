package io.invoiceportal.plugins.facturx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Turns the PDF of export-pdf into a PDF/A-3b Factur-X file with Mustang: the sRGB output intent,
 * the XMP (PDF/A part 3 conformance B; title, author, subject, creator tool, producer and dates equal
 * to the document information; the Factur-X extension schema with DocumentType INVOICE,
 * DocumentFileName factur-x.xml, Version 1.0, ConformanceLevel EN 16931) and the XML embedded as
 * {@code factur-x.xml} with AFRelationship {@code Alternative}.
 *
 * <p>Mustang and xmpbox look up their XML parser and transformer through the thread's context
 * class loader. In the portal that is the host's, in tests a class path with Saxon (five times
 * slower here); the conversion therefore runs with the platform class loader as context class
 * loader, so the JDK's own parser and transformer are used wherever the plugin runs.
 */
final class PdfA3 {
    private static final String CREATOR = "Invoice Portal (export-facturx)";
    private static final String PRODUCER = "Invoice Portal (export-facturx) with Mustang";

    private PdfA3() {}

    static void write(byte[] pdf, byte[] ciiXml, OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreator(CREATOR);
            info.setProducer(PRODUCER);
            document.getDocumentCatalog().addOutputIntent(srgb(document));
            FacturxAttachment attachment = new FacturxAttachment(document);
            attachment.setXML(ciiXml);
            attachment.export(out);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static PDOutputIntent srgb(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(Icc.SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /**
     * Mustang's exporter on the document already in memory, profile EN 16931, PDF/A conformance B.
     * Its XMP repeats the document information the layout wrote (PDF/A requires both to agree)
     * instead of Mustang's defaults, and that information is kept as it is.
     */
    private static final class FacturxAttachment extends ZUGFeRDExporterFromA3 {
        private final PDDocumentInformation info;

        FacturxAttachment(PDDocument document) {
            doc = document;
            info = document.getDocumentInformation();
            setProfile(Profiles.getByName("EN16931"));
            setConformanceLevel(PDFAConformanceLevel.BASIC);
            disableAutoClose(true);
        }

        @Override
        protected void writeAdobePDFSchema(XMPMetadata xmp) {
            xmp.createAndAddAdobePDFSchema().setProducer(info.getProducer());
        }

        @Override
        protected void writeDublinCoreSchema(XMPMetadata xmp) {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            dc.setTitle(info.getTitle());
            dc.addCreator(info.getAuthor());
            if (info.getSubject() != null) {
                dc.setDescription(info.getSubject());
            }
        }

        @Override
        protected void writeXMLBasicSchema(XMPMetadata xmp) {
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(info.getCreator());
            basic.setCreateDate(info.getCreationDate());
            basic.setModifyDate(info.getModificationDate());
        }

        @Override
        protected void writeDocumentInformation() {
            // the layout's document information stays; the XMP above repeats it
        }
    }

    /** The sRGB ICC profile Mustang ships, read from this plugin's jar once. */
    private static final class Icc {
        private static final byte[] SRGB = read();

        private static byte[] read() {
            try (InputStream in = PdfA3.class.getResourceAsStream("/sRGB.icc")) {
                if (in == null) {
                    throw new IllegalStateException("sRGB.icc is missing from the plugin jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
