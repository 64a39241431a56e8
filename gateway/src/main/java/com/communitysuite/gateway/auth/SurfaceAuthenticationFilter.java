package com.communitysuite.gateway.auth;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.platform.web.Surface;

import reactor.core.publisher.Mono;

/** Every routed request meets its surface's authentication before it goes anywhere. */
class SurfaceAuthenticationFilter implements GlobalFilter, Ordered {

    private final AppAuthenticationFilter app;
    private final TokenAuthenticationFilter tokens;
    private final WxAuthenticationFilter wx;
    private final CodesAuthenticationFilter codes;

    SurfaceAuthenticationFilter(AppAuthenticationFilter app, TokenAuthenticationFilter tokens,
            WxAuthenticationFilter wx, CodesAuthenticationFilter codes) {
        this.app = app;
        this.tokens = tokens;
        this.wx = wx;
        this.codes = codes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Surface surface = Surface.fromPath(exchange.getRequest().getPath().value());
        return switch (surface) {
            case APP -> app.filter(exchange, chain);
            case MP, CAMPUS -> tokens.filter(exchange, chain, surface);
            case WX -> wx.filter(exchange, chain);
            case CODES -> codes.filter(exchange, chain);
        };
    }

    /** Right after client identity headers are dropped, before routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
