package io.invoiceportal.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/** Every exception mapper: its status and the JSON error shape {@code {"code","message","errors"}}. */
class ExceptionMappersTest {
    record Line(String name, List<String> tags) {}

    record Body(String number, Line line, List<String> ids) {}

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        JsonText.configure(JSON);
    }

    static ApiError error(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        assertThat(response.getEntity()).isInstanceOf(ApiError.class);
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.code()).isNotBlank();
        assertThat(error.message()).isNotBlank();
        assertThat(error.errors()).isNotNull();
        return error;
    }

    static JsonProcessingException parsing(String json) {
        Throwable e = catchThrowable(() -> JSON.readValue(json, Body.class));
        assertThat(e).isInstanceOf(JsonProcessingException.class);
        return (JsonProcessingException) e;
    }

    static Response json(String body) {
        return new ExceptionMappers.JsonMapper().toResponse(parsing(body));
    }

    @Test
    void validationIs422WithEveryFieldAndEnglishText() {
        Response r = new ExceptionMappers.ValidationMapper().toResponse(new ValidationException(List.of(
                new FieldError("lines[0].vatRate", "is required"), new FieldError("email", "must be an e-mail address"))));
        assertThat(r.getStatus()).isEqualTo(422);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("invalid");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("lines[0].vatRate", "email");
    }

    @Test
    void conflictIs409AndNotFoundIs404() {
        Response conflict = new ExceptionMappers.ConflictMapper().toResponse(new ConflictException("taken"));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(error(conflict).code()).isEqualTo("conflict");
        Response missing = new ExceptionMappers.NotFoundMapper().toResponse(new NotFoundException("No customer C-9"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(error(missing).message()).isEqualTo("No customer C-9");
    }

    @Test
    void malformedJsonIs400() {
        Response r = json("{\"number\": ");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(error(r).code()).isEqualTo("malformed");
    }

    @Test
    void wellFormedButWrongJsonIs422NamingTheField() {
        assertField(json("{\"colour\": \"red\"}"), "colour", "is not a known field");
        assertField(json("{\"line\": {\"name\": {\"a\": 1}}}"), "line.name", "has the wrong type");
        assertField(json("{\"ids\": [\"a\", null]}"), "ids[1]", "must not be null");
        assertField(json("{\"line\": {\"tags\": [\"ok\", \"a\\u0000b\"]}}"), "line.tags[1]", CleanText.MESSAGE);
        assertField(json("{\"number\": \"\\ud800\"}"), "number", CleanText.MESSAGE);
    }

    static void assertField(Response r, String field, String message) {
        assertThat(r.getStatus()).isEqualTo(422);
        ApiError e = error(r);
        assertThat(e.errors()).containsExactly(new FieldError(field, message));
    }

    @Test
    void jerseysOwnErrorsKeepTheirStatusInOurFormat() {
        ExceptionMappers.WebMapper mapper = new ExceptionMappers.WebMapper();
        Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(error(notAllowed).code()).isEqualTo("method_not_allowed");
        assertThat(notAllowed.getHeaderString("Allow")).isEqualTo("GET");
        Response unsupported = mapper.toResponse(new NotSupportedException());
        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(error(unsupported).code()).isEqualTo("unsupported_media_type");
        Response tooLarge = mapper.toResponse(BodyLimitFilter.tooLarge(100));
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(error(tooLarge).message()).contains("100 bytes");
        Response server = mapper.toResponse(new WebApplicationException(502));
        assertThat(server.getStatus()).isEqualTo(500);
        assertThat(error(server).code()).isEqualTo("internal");
    }

    @Test
    void anythingElseIs500WithAnErrorIdAndNoDetail() {
        Response r = new ExceptionMappers.CatchAllMapper(new DatabaseOutage(Clock.systemUTC()))
                .toResponse(new IllegalStateException("secret detail from deep inside"));
        assertThat(r.getStatus()).isEqualTo(500);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("internal");
        assertThat(e.message()).matches("Something went wrong on our side \\(error [0-9a-f]{8}\\)");
        assertThat(e.message()).doesNotContain("secret", "IllegalState");
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Response r = new ExceptionMappers.CatchAllMapper(new DatabaseOutage(Clock.systemUTC()))
                .toResponse(new UnableToExecuteStatementException(refused, null));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(error(r).code()).isEqualTo("unavailable");
        assertThat(r.getHeaderString("Retry-After")).isEqualTo(String.valueOf(ApiError.RETRY_AFTER_SECONDS));
    }
}
