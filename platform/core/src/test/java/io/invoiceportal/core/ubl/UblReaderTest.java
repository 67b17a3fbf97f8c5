package io.invoiceportal.core.ubl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UblReaderTest {
    static byte[] example(String name) {
        try (InputStream in = UblReaderTest.class.getResourceAsStream("/ubl/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageKey refusal(String xml) {
        try {
            UblReader.read(xml.getBytes(StandardCharsets.UTF_8));
        } catch (ValidationException e) {
            FieldError error = e.errors().get(0);
            assertThat(error.field()).isEqualTo("body");
            for (MessageKey key : MessageKey.values()) {
                if (key.key().equals(error.message())) {
                    return key;
                }
            }
        }
        throw new AssertionError("not refused: " + xml);
    }

    /** The official examples are read as what their root element says: an Invoice or a CreditNote. */
    @Test
    void readsInvoicesAndCreditNotes() {
        assertThat(UblReader.read(example("peppol/base-example.xml")).kind()).isEqualTo(UblDocument.Kind.INVOICE);
        assertThat(UblReader.read(example("peppol/base-creditnote-correction.xml")).kind())
                .isEqualTo(UblDocument.Kind.CREDIT_NOTE);
    }

    /** An external entity naming a file that exists is never read: the DOCTYPE is refused before it. */
    @Test
    void externalFileEntityIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&x;</Invoice>";
        assertThat(refusal(xml)).isEqualTo(MessageKey.UBL_DOCTYPE);
        assertThatThrownBy(() -> UblReader.read(xml.getBytes(StandardCharsets.UTF_8))).hasMessageNotContaining("TOP-SECRET");
    }

    /** Parameter entities, external DTDs and entity bombs are refused as a DOCTYPE, quickly, without expansion. */
    @Test
    void doctypesOfEveryKindAreRefused() {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><lolz>&lol9;</lolz>");
        long started = System.nanoTime();
        assertThat(refusal(bomb.toString())).isEqualTo(MessageKey.UBL_DOCTYPE);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
        assertThat(refusal("<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><x/>"))
                .isEqualTo(MessageKey.UBL_DOCTYPE);
        assertThat(refusal("<!DOCTYPE Invoice SYSTEM \"http://127.0.0.1:9/ubl.dtd\"><Invoice/>"))
                .isEqualTo(MessageKey.UBL_DOCTYPE);
        assertThat(refusal("<!DOCTYPE Invoice><Invoice/>")).isEqualTo(MessageKey.UBL_DOCTYPE);
    }

    /** A body that is not XML, or whose root is not a UBL 2.1 Invoice or CreditNote, is refused by name. */
    @Test
    void notXmlAndNotUbl() {
        assertThat(refusal("")).isEqualTo(MessageKey.UBL_NOT_XML);
        assertThat(refusal("{\"invoiceNumber\": \"1\"}")).isEqualTo(MessageKey.UBL_NOT_XML);
        assertThat(refusal("<Invoice><unclosed></Invoice>")).isEqualTo(MessageKey.UBL_NOT_XML);
        assertThat(refusal("<Invoice/>")).isEqualTo(MessageKey.UBL_NOT_UBL);
        assertThat(refusal("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>"))
                .isEqualTo(MessageKey.UBL_NOT_UBL);
        assertThat(refusal("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"))
                .isEqualTo(MessageKey.UBL_NOT_UBL);
    }
}
