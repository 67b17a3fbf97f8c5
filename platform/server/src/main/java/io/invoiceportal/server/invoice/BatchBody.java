package io.invoiceportal.server.invoice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.invoice.InvoiceBatchService.Item;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.api.ExceptionMappers;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A batch request body, spooled to a temporary file as it arrives, so that neither form is ever
 * held in memory beyond one chunk. {@link #items} reads the file once to find each item (and so
 * how many there are: a batch over the limit is refused before anything is stored); {@link #chunks}
 * then reads and parses the items chunk by chunk. An item that cannot be read (not JSON, not an
 * object, too large, fields of the wrong type) becomes an error item, not a failed request.
 */
final class BatchBody implements Closeable {
    /** The largest single item, as the single endpoint takes for one invoice. */
    static final int ITEM_LIMIT = (int) BodyLimit.INVOICE;
    /** A chunk ends after {@link InvoiceBatchService#CHUNK} items or once its items pass this many bytes. */
    static final long CHUNK_BYTES = BodyLimit.INVOICE;

    enum Format { ARRAY, NDJSON }

    /** Where an item lies in the file; {@code problem} is a reason it cannot be read, or null. */
    record Span(long offset, int length, MessageKey problem) {}

    private final Path file;
    private final Format format;
    private final byte[] hash;
    private final ObjectReader reader;

    private BatchBody(Path file, Format format, byte[] hash, ObjectMapper mapper) {
        this.file = file;
        this.format = format;
        this.hash = hash;
        this.reader = mapper.readerFor(InvoiceRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Copies {@code body} to a temporary file, taking its SHA-256 (with the format) on the way. */
    static BatchBody spool(InputStream body, Format format, ObjectMapper mapper) throws IOException {
        Path file = Files.createTempFile("invoice-batch-", format == Format.ARRAY ? ".json" : ".ndjson");
        try {
            MessageDigest digest = sha256();
            digest.update(("invoices/batch " + format + "\n").getBytes(StandardCharsets.US_ASCII));
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                body.transferTo(out);
            }
            return new BatchBody(file, format, digest.digest(), mapper);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the format and the body, for the Idempotency-Key. */
    byte[] hash() {
        return hash.clone();
    }

    /**
     * Where each item lies, reading at most {@code max + 1} of them. For an array, JSON that is not
     * well-formed throws a {@link JsonProcessingException}; one that is not an array gives null.
     */
    List<Span> items(int max) throws IOException {
        return format == Format.ARRAY ? arrayItems(max) : lineItems(max);
    }

    private List<Span> arrayItems(int max) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (JsonParser parser = reader.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of the array");
                }
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                long length = parser.currentLocation().getByteOffset() - start;
                spans.add(token != JsonToken.START_OBJECT ? new Span(start, 0, MessageKey.BATCH_ITEM_NOT_OBJECT)
                        : length > ITEM_LIMIT ? new Span(start, 0, MessageKey.BATCH_ITEM_TOO_LARGE)
                        : new Span(start, (int) length, null));
                if (spans.size() > max) {
                    return spans;
                }
            }
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "content after the array");
            }
        }
        return spans;
    }

    /** The lines that are not blank, without the white space around them ({@code \r\n} ends a line too). */
    private List<Span> lineItems(int max) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long position = 0;
            long start = -1; // the line's first character that is not white space, or -1
            long end = 0; // after its last one
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++, position++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (start >= 0 && add(spans, start, end) > max) {
                            return spans;
                        }
                        start = -1;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        if (start < 0) {
                            start = position;
                        }
                        end = position + 1;
                    }
                }
            }
            if (start >= 0) {
                add(spans, start, end);
            }
        }
        return spans;
    }

    private static int add(List<Span> spans, long start, long end) {
        long length = end - start;
        spans.add(length > ITEM_LIMIT ? new Span(start, 0, MessageKey.BATCH_ITEM_TOO_LARGE)
                : new Span(start, (int) length, null));
        return spans.size();
    }

    /** The items of {@code spans} read and parsed, a chunk at a time; indexes count from 0. */
    Iterable<List<Item>> chunks(List<Span> spans) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < spans.size();
            }

            @Override
            public List<Item> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Item> chunk = new ArrayList<>();
                long bytes = 0;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    while (next < spans.size() && chunk.size() < InvoiceBatchService.CHUNK
                            && (chunk.isEmpty() || bytes + spans.get(next).length() <= CHUNK_BYTES)) {
                        Span span = spans.get(next);
                        bytes += span.length();
                        chunk.add(item(next, span, channel));
                        next++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return chunk;
            }
        };
    }

    private Item item(int index, Span span, FileChannel channel) throws IOException {
        if (span.problem() != null) {
            return unreadable(index, null, span.problem() == MessageKey.BATCH_ITEM_TOO_LARGE ? "too_large" : "invalid",
                    span.problem() == MessageKey.BATCH_ITEM_TOO_LARGE
                            ? new FieldError("body", span.problem(), String.valueOf(ITEM_LIMIT))
                            : new FieldError("body", span.problem()));
        }
        ByteBuffer buffer = ByteBuffer.allocate(span.length());
        while (buffer.hasRemaining() && channel.read(buffer, span.offset() + buffer.position()) >= 0) {
            // read on
        }
        byte[] json = buffer.array();
        try {
            InvoiceRequest request = reader.readValue(json);
            return request != null ? Item.of(index, request)
                    : unreadable(index, null, "invalid", new FieldError("body", MessageKey.BATCH_ITEM_NOT_OBJECT));
        } catch (JsonProcessingException e) {
            return notAnInvoice(index, json, e);
        }
    }

    /** Why {@code json} is no invoice: not JSON, not an object, or a field that does not fit. */
    private Item notAnInvoice(int index, byte[] json, JsonProcessingException e) {
        JsonNode tree;
        try {
            tree = reader.readTree(json);
        } catch (IOException notJson) {
            return unreadable(index, null, "malformed", new FieldError("body", MessageKey.BATCH_ITEM_NOT_JSON));
        }
        if (tree == null || !tree.isObject()) {
            return unreadable(index, null, "invalid", new FieldError("body", MessageKey.BATCH_ITEM_NOT_OBJECT));
        }
        FieldError field = ExceptionMappers.fieldError(e);
        if (field == null) { // content after the object
            return unreadable(index, null, "malformed", new FieldError("body", MessageKey.BATCH_ITEM_NOT_JSON));
        }
        String number = tree.path("invoiceNumber").isTextual() ? tree.path("invoiceNumber").textValue() : null;
        return unreadable(index, number, "invalid", field);
    }

    private static Item unreadable(int index, String invoiceNumber, String code, FieldError error) {
        return Item.unreadable(index, invoiceNumber, code, List.of(error));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
