package io.invoiceportal.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.common.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every key core can put into a field error has an English and a Dutch text in the screens' bundles. */
class MessageTextsTest {

    static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageTextsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyKeyHasAnEnglishAndADutchText() throws IOException {
        Properties english = bundle("translations.properties");
        Properties dutch = bundle("translations_nl.properties");
        for (MessageKey key : MessageKey.values()) {
            assertThat(english.getProperty(key.key())).as("English " + key.key()).isNotBlank();
            assertThat(dutch.getProperty(key.key())).as("Dutch " + key.key()).isNotBlank();
        }
    }
}
