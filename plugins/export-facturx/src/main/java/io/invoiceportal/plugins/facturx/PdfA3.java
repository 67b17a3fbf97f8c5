package io.invoiceportal.plugins.facturx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Turns the PDF of export-pdf into a PDF/A-3b Factur-X file. This class writes what describes the
 * document: the sRGB output intent and the XMP (title, author, subject, creator tool, producer and
 * dates equal to the document information, PDF/A part 3 conformance B). Mustang then adds the
 * Factur-X extension schema to the XMP (DocumentType INVOICE, DocumentFileName factur-x.xml,
 * Version 1.0, ConformanceLevel EN 16931) and embeds the XML as {@code factur-x.xml} with
 * AFRelationship {@code Alternative}; with {@code overwrite} off it keeps what is written here.
 */
final class PdfA3 {
    static final String PRODUCER = "Invoice Portal (export-facturx) with Mustang";

    private PdfA3() {}

    static void write(byte[] pdf, byte[] ciiXml, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreator("Invoice Portal (export-facturx)");
            info.setProducer(PRODUCER);
            document.getDocumentCatalog().setMetadata(xmp(document, info));
            document.getDocumentCatalog().addOutputIntent(srgb(document));
            FacturxAttachment attachment = new FacturxAttachment(document);
            attachment.setXML(ciiXml);
            attachment.export(out);
        }
    }

    private static PDMetadata xmp(PDDocument document, PDDocumentInformation info) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(info.getTitle());
        dc.addCreator(info.getAuthor());
        if (info.getSubject() != null) {
            dc.setDescription(info.getSubject());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(info.getCreationDate());
        basic.setModifyDate(info.getModificationDate());
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(info.getProducer());
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(3);
        try {
            pdfa.setConformance(PDFAConformanceLevel.BASIC.getLetter());
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("XMP metadata cannot be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        return metadata;
    }

    private static PDOutputIntent srgb(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, Icc.open());
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /**
     * Mustang's exporter on a document already in memory (it would otherwise parse the bytes once
     * more). The XML is taken as it is, in the EN 16931 profile; PDF/A conformance B.
     */
    private static final class FacturxAttachment extends ZUGFeRDExporterFromA3 {
        FacturxAttachment(PDDocument document) {
            doc = document;
            setOverwrite(false);
            setProfile(Profiles.getByName("EN16931"));
            setConformanceLevel(PDFAConformanceLevel.BASIC);
            setProducer(PRODUCER);
            disableAutoClose(true);
        }
    }

    /** The sRGB ICC profile Mustang ships, read from this plugin's jar once. */
    private static final class Icc {
        private static final byte[] SRGB = read();

        static InputStream open() {
            return new ByteArrayInputStream(SRGB);
        }

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
