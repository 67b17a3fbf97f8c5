package io.invoiceportal.server.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API answers, in the format of docs/api.md ("Errors"). Dropwizard's default mappers are off
 * ({@code server.registerDefaultExceptionMappers: false}); these replace them.
 */
public final class ExceptionMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {}

    public static void register(ResourceConfig jersey, DatabaseOutage outage) {
        jersey.register(new ValidationMapper());
        jersey.register(new ConflictMapper());
        jersey.register(new NotFoundMapper());
        jersey.register(new JsonMapper());
        jersey.register(new WebMapper());
        jersey.register(new CatchAllMapper(outage));
    }

    /** The texts for core's message keys: English, and Dutch for a request that prefers it. */
    static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle("io.invoiceportal.server.api.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Dutch when the first of the request's Accept-Language that the portal speaks is Dutch, else English. */
    static Locale language(HttpHeaders headers) {
        if (headers != null) {
            for (Locale asked : headers.getAcceptableLanguages()) {
                if (asked.getLanguage().equals("nl") || asked.getLanguage().equals("en")) {
                    return asked.getLanguage().equals("nl") ? Locale.of("nl") : Locale.ROOT;
                }
            }
        }
        return Locale.ROOT;
    }

    /** The text for a message key from core in that language with its values filled in, or the message itself. */
    static String text(FieldError error, ResourceBundle texts) {
        if (!texts.containsKey(error.message())) {
            return error.message();
        }
        String text = texts.getString(error.message());
        return error.args().isEmpty() ? text : new MessageFormat(text, texts.getLocale()).format(error.args().toArray());
    }

    /** Field errors with core's message keys as texts in the request's language. */
    public static List<FieldError> translated(List<FieldError> errors, HttpHeaders headers) {
        ResourceBundle texts = texts(language(headers));
        return errors.stream().map(f -> new FieldError(f.field(), text(f, texts), List.of(), f.rule())).toList();
    }

    /**
     * The field a well-formed JSON body that does not fit names (a wrong type, an unknown field, a
     * null, a refused character), or null when the JSON is not well-formed.
     */
    public static FieldError fieldError(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !(e instanceof JsonParseException) && !m.getPath().isEmpty()) {
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof InvalidNullException ? "must not be null"
                    : e instanceof JsonText.BadTextException ? CleanText.MESSAGE : "has the wrong type";
            return new FieldError(JsonMapper.path(m.getPath()), message);
        }
        return null;
    }

    static final class ValidationMapper implements ExceptionMapper<ValidationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ValidationException e) {
            return ApiError.response(422, new ApiError("invalid", "The request has invalid fields",
                    translated(e.errors(), headers)));
        }
    }

    static final class ConflictMapper implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            if (e.field() != null) {
                return ApiError.response(409, new ApiError("conflict", e.getMessage(),
                        List.of(new FieldError(e.field(), e.getMessage()))));
            }
            return ApiError.response(409, "conflict", e.getMessage());
        }
    }

    static final class NotFoundMapper implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.response(404, "not_found", e.getMessage());
        }
    }

    /** Malformed JSON is 400; well-formed JSON with a wrong type or unknown field is 422 naming it. */
    static final class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            FieldError error = fieldError(e);
            if (error != null) {
                return ApiError.response(422, new ApiError("invalid", "The request has invalid fields", List.of(error)));
            }
            return ApiError.response(400, "malformed", "The request body is not valid JSON");
        }

        private static String path(List<JsonMappingException.Reference> refs) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : refs) {
                if (r.getFieldName() != null) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
    }

    /** Jersey's own errors (unknown path 404, 405, 406, 415, ...) in our format. */
    static final class WebMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            if (original.getEntity() instanceof ApiError) {
                return original;
            }
            if (status >= 500) {
                LOG.error("Server error", e);
                return ApiError.response(500, "internal", "Something went wrong on our side");
            }
            String message = status == 404 ? "Not found" : status == 415
                    ? "Send the body as application/json" : original.getStatusInfo().getReasonPhrase();
            Response.ResponseBuilder builder = Response.fromResponse(ApiError.response(status, ApiError.codeFor(status), message));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /**
     * Anything else: logged with an id, answered without details; an unreachable database is a 503
     * with Retry-After, logged once a minute at most.
     */
    static final class CatchAllMapper implements ExceptionMapper<Throwable> {
        private final DatabaseOutage outage;

        CatchAllMapper(DatabaseOutage outage) {
            this.outage = outage;
        }

        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return Response.fromResponse(ApiError.response(503, "unavailable",
                        "The portal cannot reach its database; try again shortly"))
                        .header("Retry-After", ApiError.RETRY_AFTER_SECONDS).build();
            }
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error {}", id, e);
            return ApiError.response(500, "internal", "Something went wrong on our side (error " + id + ")");
        }
    }
}
