package com.communitysuite.gateway.auth;

import java.net.InetSocketAddress;
import java.time.Clock;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;

import reactor.core.publisher.Mono;

/**
 * Too many requests from one client address are answered 429 in the surface's shape with {@code Retry-After}, and
 * never reach a service.
 */
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final Clock clock;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, Clock clock) {
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return limiter.tryAcquire("address:" + address(exchange), properties.perAddressPerSecond(), clock.millis())
                .onErrorReturn(true)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : tooMany(exchange));
    }

    static Mono<Void> tooMany(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                HttpStatus.TOO_MANY_REQUESTS);
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** Before authentication, so floods are turned away before they cost a session look-up. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
