package io.invoiceportal.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.common.MessageKey;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every key core can put into a field error has an English and a Dutch text at the REST edge. */
class MessageTextsTest {

    @Test
    void everyKeyHasAnEnglishAndADutchText() {
        ResourceBundle english = ExceptionMappers.texts(Locale.ROOT);
        ResourceBundle dutch = ExceptionMappers.texts(Locale.of("nl"));
        for (MessageKey key : MessageKey.values()) {
            assertThat(english.keySet()).as("English " + key.key()).contains(key.key());
            assertThat(dutch.getString(key.key())).as("Dutch " + key.key() + ", not the English fallback").isNotEqualTo(english.getString(key.key()));
        }
    }
}
