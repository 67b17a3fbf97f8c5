package io.invoiceportal.server.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * How request bodies are read: every string is checked by {@link CleanText} and a null inside a
 * list or map is refused, so each becomes a 422 naming the field (see {@link ExceptionMappers}).
 */
public final class JsonText {
    private JsonText() {}

    public static void configure(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("clean-text").addDeserializer(String.class, new CleanStrings()));
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** A string with a character {@link CleanText} refuses. */
    public static final class BadTextException extends JsonMappingException {
        BadTextException(JsonParser parser) {
            super(parser, CleanText.MESSAGE);
        }
    }

    static final class CleanStrings extends StdScalarDeserializer<String> {
        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !CleanText.isClean(value)) {
                throw new BadTextException(p);
            }
            return value;
        }
    }
}
