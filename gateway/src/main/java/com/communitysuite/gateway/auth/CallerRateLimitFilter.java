package com.communitysuite.gateway.auth;

import java.time.Clock;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Too many requests from one authenticated caller are answered 429, whatever address they come from. */
class CallerRateLimitFilter implements GlobalFilter, Ordered {

    /** Set by the authentication filters once they know who the request is from. */
    static final String CALLER = CallerRateLimitFilter.class.getName() + ".caller";

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final Clock clock;

    CallerRateLimitFilter(RateLimiter limiter, RateLimitProperties properties, Clock clock) {
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String caller = exchange.getAttribute(CALLER);
        if (caller == null) {
            return chain.filter(exchange);
        }
        return limiter.tryAcquire("caller:" + caller, properties.perCallerPerSecond(), clock.millis())
                .onErrorReturn(true)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : RateLimitFilter.tooMany(exchange));
    }

    /** After authentication, before routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
