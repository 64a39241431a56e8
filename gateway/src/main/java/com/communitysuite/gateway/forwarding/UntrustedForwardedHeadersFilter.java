package com.communitysuite.gateway.forwarding;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Services build links (campus next/previous pages) from the {@code X-Forwarded-*} headers the gateway sends, which
 * Spring Cloud Gateway's {@code XForwardedHeadersFilter} appends to any the request came with, first value first.
 * So what a client sent would name the host of every link: here the {@code X-Forwarded-*} and {@code Forwarded}
 * headers of a request are dropped unless it came from a proxy in front of the gateway that
 * {@code suite.gateway.trusted-proxies} names (an ingress, which says what the client called); the gateway then
 * writes what it saw itself.
 */
@Component
class UntrustedForwardedHeadersFilter implements GlobalFilter, Ordered {

    private final Pattern trustedProxies;

    UntrustedForwardedHeadersFilter(TrustedProxies properties) {
        this.trustedProxies = StringUtils.hasText(properties.trustedProxies())
                ? Pattern.compile(properties.trustedProxies()) : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> forwarded = null;
        for (String header : exchange.getRequest().getHeaders().headerNames()) {
            if (isForwarded(header)) {
                forwarded = forwarded == null ? new ArrayList<>() : forwarded;
                forwarded.add(header);
            }
        }
        if (forwarded == null || isTrusted(exchange.getRequest().getRemoteAddress())) {
            return chain.filter(exchange);
        }
        List<String> removed = forwarded;
        ServerHttpRequest cleaned = exchange.getRequest().mutate()
                .headers(headers -> removed.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    private boolean isTrusted(InetSocketAddress peer) {
        return trustedProxies != null && peer != null && peer.getAddress() != null
                && trustedProxies.matcher(peer.getAddress().getHostAddress()).matches();
    }

    private static boolean isForwarded(String header) {
        return header.regionMatches(true, 0, "X-Forwarded-", 0, 12) || header.equalsIgnoreCase("Forwarded");
    }

    /** With the client identity headers, before anything reads the request. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * @param trustedProxies a regular expression of the addresses (IPv4 dotted or IPv6 text) of the proxies whose
     *                       forwarded headers are believed; none when empty
     */
    @ConfigurationProperties("suite.gateway")
    record TrustedProxies(String trustedProxies) {
    }
}
