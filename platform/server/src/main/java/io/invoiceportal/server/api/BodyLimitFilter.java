package io.invoiceportal.server.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Enforces {@link BodyLimit} before authentication and before the body is read: a Content-Length
 * above the limit is answered 413 at once; a body without a length is cut off with a 413 as soon
 * as it passes the limit.
 */
@Priority(Priorities.AUTHENTICATION - 200)
public class BodyLimitFilter implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        BodyLimit annotation = method == null ? null : method.getAnnotation(BodyLimit.class);
        long limit = annotation == null ? BodyLimit.DEFAULT : annotation.value();
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit).getResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(ApiError.response(413, "too_large",
                "The request body is larger than the " + limit + " bytes this endpoint takes"));
    }

    /** Counts what is read and stops at the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
