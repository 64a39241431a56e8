package com.communitysuite.gateway.auth;

import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.platform.web.FieldErrors;

import reactor.core.publisher.Mono;

/**
 * wx: {@code access_token} and {@code access_type} in the query. {@code user}: an access token of any surface (an
 * mp or campus JWT, or an app access token); {@code org}: an organization API key from account-service.
 */
class WxAuthenticationFilter {

    private final AccessTokenVerifier tokens;
    private final AccountServiceClient accounts;

    WxAuthenticationFilter(AccessTokenVerifier tokens, AccountServiceClient accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String token = exchange.getRequest().getQueryParams().getFirst("access_token");
        String type = exchange.getRequest().getQueryParams().getFirst("access_type");
        if (token == null || token.isBlank()) {
            return reject(exchange, HttpStatus.UNAUTHORIZED, "缺少access_token");
        }
        Mono<Boolean> accepted;
        if ("org".equals(type)) {
            accepted = accounts.apiKey(token).map(Optional::isPresent);
        }
        else if ("user".equals(type)) {
            accepted = AccessTokenVerifier.looksLikeJwt(token) ? tokens.verify(token).map(Optional::isPresent)
                    : accounts.appSessionByToken(token).map(Optional::isPresent);
        }
        else {
            return reject(exchange, HttpStatus.BAD_REQUEST, "access_type必须是user或org");
        }
        return accepted
                .map(Lookup::answered)
                .onErrorResume(e -> Mono.just(Lookup.UNAVAILABLE))
                .flatMap(lookup -> {
                    if (lookup.unavailable()) {
                        return reject(exchange, HttpStatus.SERVICE_UNAVAILABLE, null);
                    }
                    if (!lookup.accepted()) {
                        return reject(exchange, HttpStatus.UNAUTHORIZED, "access_token无效");
                    }
                    exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "wx:" + token);
                    return chain.filter(exchange);
                });
    }

    private record Lookup(boolean accepted, boolean unavailable) {

        static final Lookup UNAVAILABLE = new Lookup(false, true);

        static Lookup answered(boolean accepted) {
            return new Lookup(accepted, false);
        }
    }

    private static Mono<Void> reject(ServerWebExchange exchange, HttpStatus status, String message) {
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(), status,
                message, null, new FieldErrors());
    }
}
