package io.invoiceportal.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The host of a request: the Host header's, and X-Forwarded-Host's only when the portal is told to trust its proxy. */
class HostFilterTest {

    /** Without a trusted proxy X-Forwarded-Host is ignored, so no client can pick a tenant by sending it. */
    @Test
    void forwardedHostCountsOnlyBehindATrustedProxy() throws Exception {
        Map<String, String> headers = Map.of("Host", "portal.example:8080", "X-Forwarded-Host", "facturen.acme.example");
        assertThat(hostSeenBy(new HostFilter(false), headers)).hasValue("portal.example");
        assertThat(hostSeenBy(new HostFilter(true), headers)).hasValue("facturen.acme.example");
        assertThat(hostSeenBy(new HostFilter(true), Map.of("Host", "portal.example",
                "X-Forwarded-Host", "Facturen.Acme.example:443, proxy.internal"))).hasValue("facturen.acme.example");
        assertThat(hostSeenBy(new HostFilter(true), Map.of("Host", "portal.example"))).hasValue("portal.example");
    }

    /** An IP literal, a missing Host or junk names no host at all. */
    @Test
    void noHostForAddressesAndJunk() throws Exception {
        assertThat(hostSeenBy(new HostFilter(false), Map.of("Host", "[::1]:8080"))).isEmpty();
        assertThat(hostSeenBy(new HostFilter(false), Map.of())).isEmpty();
        assertThat(hostSeenBy(new HostFilter(false), Map.of("Host", "a b.example"))).isEmpty();
    }

    private static Optional<String> hostSeenBy(HostFilter filter, Map<String, String> headers) throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HostFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        java.util.concurrent.atomic.AtomicReference<Optional<String>> seen = new java.util.concurrent.atomic.AtomicReference<>();
        filter.doFilter(request, null, (req, res) -> seen.set(HostFilter.of((HttpServletRequest) req)));
        return seen.get();
    }
}
