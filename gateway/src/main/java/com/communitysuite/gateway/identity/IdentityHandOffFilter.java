package com.communitysuite.gateway.identity;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.app.ClientType;

import reactor.core.publisher.Mono;

/**
 * After authentication, every credential the client sent is removed and replaced by the gateway's own short-lived
 * identity token: whom authentication established (or an anonymous caller on a public endpoint), on which surface,
 * from which app client. Services trust that token and nothing else. The trace travels beside it, in the W3C
 * {@code traceparent} header the gateway's tracing adds, so that one signed token serves many requests.
 */
public class IdentityHandOffFilter implements GlobalFilter, Ordered {

    /** Exchange attribute in which an authentication filter leaves the {@link SuiteIdentity} it established. */
    public static final String IDENTITY = IdentityHandOffFilter.class.getName() + ".identity";

    /** Where the surfaces carry credentials (the request-code protocol's are body fields, which services ignore). */
    private static final List<String> CREDENTIAL_HEADERS = List.of(HttpHeaders.AUTHORIZATION,
            HttpHeaders.PROXY_AUTHORIZATION, "Token");
    private static final String CREDENTIAL_QUERY_PARAMETER = "access_token";

    /** Made once: an anonymous caller of each surface is the same identity, and the same token, every time. */
    private static final Map<Surface, SuiteIdentity> ANONYMOUS = anonymousCallers();

    private final IdentityTokens tokens;

    public IdentityHandOffFilter(IdentityTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Surface surface = Surface.fromPath(request.getPath().value());
        SuiteIdentity identity = exchange.getAttributeOrDefault(IDENTITY, ANONYMOUS.get(surface));
        if (surface == Surface.APP) {
            identity = identity.withClient(clientType(request.getHeaders().getFirst(ClientType.HEADER)),
                    request.getHeaders().getFirst("Version-Name"));
        }
        String token = tokens.tokenFor(identity);
        ServerHttpRequest.Builder handedOff = request.mutate().headers(headers -> {
            CREDENTIAL_HEADERS.forEach(headers::remove);
            headers.setBearerAuth(token);
        });
        if (request.getQueryParams().containsKey(CREDENTIAL_QUERY_PARAMETER)) {
            handedOff.uri(withoutCredential(request.getURI()));
        }
        return chain.filter(exchange.mutate().request(handedOff.build()).build());
    }

    private static Map<Surface, SuiteIdentity> anonymousCallers() {
        Map<Surface, SuiteIdentity> callers = new EnumMap<>(Surface.class);
        for (Surface surface : Surface.values()) {
            callers.put(surface, SuiteIdentity.anonymous(surface.name().toLowerCase(Locale.ROOT)));
        }
        return callers;
    }

    private static URI withoutCredential(URI uri) {
        return UriComponentsBuilder.fromUri(uri).replaceQueryParam(CREDENTIAL_QUERY_PARAMETER).build(true).toUri();
    }

    private static Integer clientType(String header) {
        return header != null && header.trim().matches("[012]") ? Integer.valueOf(header.trim()) : null;
    }

    /** After authentication and the per-caller rate limit, before routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }
}
