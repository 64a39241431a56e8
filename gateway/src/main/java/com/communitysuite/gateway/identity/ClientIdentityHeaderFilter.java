package com.communitysuite.gateway.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Drops every header a client could use to pass itself off as someone else to a service: the names and prefixes the
 * suite uses to carry identity inside the cluster. Services trust only what the gateway adds after authentication.
 */
@Component
class ClientIdentityHeaderFilter implements GlobalFilter, Ordered {

    private final List<String> prefixes;

    ClientIdentityHeaderFilter(InternalHeaders internalHeaders) {
        this.prefixes = internalHeaders.prefixes().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> spoofed = null;
        for (String header : exchange.getRequest().getHeaders().headerNames()) {
            if (isInternal(header)) {
                spoofed = spoofed == null ? new ArrayList<>() : spoofed;
                spoofed.add(header);
            }
        }
        if (spoofed == null) {
            return chain.filter(exchange);
        }
        List<String> removed = spoofed;
        ServerHttpRequest cleaned = exchange.getRequest().mutate()
                .headers(headers -> removed.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    /** Every request's every header passes here: compared in place, without a lower-cased copy. */
    private boolean isInternal(String header) {
        for (String prefix : prefixes) {
            if (header.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** @param prefixes header-name prefixes (case-insensitive) reserved for identity inside the cluster */
    @ConfigurationProperties("suite.gateway.internal-headers")
    record InternalHeaders(List<String> prefixes) {

        InternalHeaders {
            prefixes = prefixes == null || prefixes.isEmpty()
                    ? List.of("x-suite-", "x-internal-", "x-user-", "x-uid", "x-auth-", "x-identity",
                            "x-forwarded-user", "x-roles", "x-surface")
                    : List.copyOf(prefixes);
        }
    }
}
