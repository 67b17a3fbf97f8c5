package io.invoiceportal.server.embed;

import io.invoiceportal.core.tenant.TenantService;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /t/{tenant}/embed.js}: the loader a partner's page includes with a script tag (public,
 * cached for an hour). It defines {@code <invoice-portal tenant session-url>}, which makes and sizes
 * the iframe and re-dispatches the portal's messages as DOM events. An unknown tenant is a 404.
 */
public class EmbedScript implements Filter {
    private static final Pattern PATH = Pattern.compile("^/t/([a-z0-9-]{1,63})/embed\\.js$");
    private final TenantService tenants;
    private final String source;

    public EmbedScript(TenantService tenants) {
        this.tenants = tenants;
        try (InputStream in = EmbedScript.class.getResourceAsStream("embed.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Matcher path = PATH.matcher(request.getRequestURI());
        if (!path.matches()) {
            chain.doFilter(req, res);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(405);
            return;
        }
        if (tenants.findBySlug(path.group(1)).isEmpty()) {
            response.sendError(404);
            return;
        }
        // the slug is [a-z0-9-] only: safe inside a JavaScript string
        byte[] body = source.replace("__TENANT__", "'" + path.group(1) + "'").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/javascript;charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
