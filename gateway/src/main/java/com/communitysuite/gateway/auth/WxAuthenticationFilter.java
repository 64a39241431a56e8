package com.communitysuite.gateway.auth;

import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.FieldErrors;

import com.nimbusds.jwt.JWTClaimsSet;

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
        Mono<Optional<SuiteIdentity>> caller;
        if ("org".equals(type)) {
            caller = accounts.apiKey(token).map(key -> key.map(k -> SuiteIdentity.organization(k.organizationId(),
                    "wx")));
        }
        else if ("user".equals(type)) {
            caller = AccessTokenVerifier.looksLikeJwt(token) ? tokens.verify(token).flatMap(this::accountOfToken)
                    : accounts.appSessionByToken(token).flatMap(session -> session.isEmpty()
                            ? Mono.just(Optional.<SuiteIdentity>empty())
                            : accounts.accountIdentity(session.get().accountId(), null, Surface.WX));
        }
        else {
            return reject(exchange, HttpStatus.BAD_REQUEST, "access_type必须是user或org");
        }
        return Lookup.of(caller).flatMap(lookup -> {
            if (lookup.unavailable()) {
                return reject(exchange, HttpStatus.SERVICE_UNAVAILABLE, null);
            }
            if (lookup.value().isEmpty()) {
                return reject(exchange, HttpStatus.UNAUTHORIZED, "access_token无效");
            }
            exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "wx:" + lookup.value().get().subject());
            exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, lookup.value().get());
            return chain.filter(exchange);
        });
    }

    private Mono<Optional<SuiteIdentity>> accountOfToken(Optional<JWTClaimsSet> claims) {
        Optional<Long> accountId = claims.map(JWTClaimsSet::getSubject).filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong);
        if (accountId.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return accounts.accountIdentity(accountId.get(), (String) claims.get().getClaim("sid"), Surface.WX);
    }

    private static Mono<Void> reject(ServerWebExchange exchange, HttpStatus status, String message) {
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(), status,
                message, null, new FieldErrors());
    }
}
