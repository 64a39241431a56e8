package com.communitysuite.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

class UntrustedForwardedHeadersFilterTest {

    private final UntrustedForwardedHeadersFilter filter = new UntrustedForwardedHeadersFilter(
            new UntrustedForwardedHeadersFilter.TrustedProxies("10\\.0\\.\\d{1,3}\\.\\d{1,3}"));

    @Test
    void aTrustedProxySaysWhatTheClientCalled() {
        HttpHeaders forwarded = passedOn(new UntrustedForwardedHeadersFilter(
                new UntrustedForwardedHeadersFilter.TrustedProxies("10\\.0\\.\\d{1,3}\\.\\d{1,3}")), "10.0.3.7");

        assertThat(forwarded.getFirst("X-Forwarded-Host")).isEqualTo("suite.example");
        assertThat(forwarded.getFirst("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(forwarded.getFirst("X-Forwarded-Prefix")).isEqualTo("/api");
        assertThat(forwarded.getFirst("Forwarded")).isEqualTo("proto=https");
    }

    @Test
    void anyOtherPeerIsNotBelieved() {
        HttpHeaders forwarded = passedOn(filter, "192.168.1.20");

        assertThat(forwarded.headerNames()).containsExactly("Accept");
    }

    @Test
    void withoutTrustedProxiesNoPeerIsBelieved() {
        HttpHeaders forwarded = passedOn(new UntrustedForwardedHeadersFilter(
                new UntrustedForwardedHeadersFilter.TrustedProxies("")), "10.0.3.7");

        assertThat(forwarded.headerNames()).containsExactly("Accept");
    }

    private static HttpHeaders passedOn(UntrustedForwardedHeadersFilter filter, String peer) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/campus/blocks/")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("Accept", "application/json")
                .header("X-Forwarded-Host", "suite.example")
                .header("x-forwarded-proto", "https")
                .header("X-Forwarded-Prefix", "/api")
                .header("Forwarded", "proto=https"));
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
        filter.filter(exchange, next -> {
            forwarded.set(next);
            return Mono.empty();
        }).block();
        return forwarded.get().getRequest().getHeaders();
    }
}
