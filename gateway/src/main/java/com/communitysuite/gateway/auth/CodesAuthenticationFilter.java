package com.communitysuite.gateway.auth;

import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.FieldErrors;

import reactor.core.publisher.Mono;

/**
 * The request-code protocol: {@code username} (a phone number) and {@code auth_key} (that account's app access
 * token) in the body. A refusal uses the protocol's own code for a wrong auth key of the request's type.
 */
class CodesAuthenticationFilter {

    private final AccountServiceClient accounts;
    private final AuthProperties properties;

    CodesAuthenticationFilter(AccountServiceClient accounts, AuthProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return RequestParameters.withBody(exchange, properties.maxBodyBytes(), (request, parameters) -> {
            String username = parameters.get("username");
            String authKey = parameters.get("auth_key");
            if (username == null || username.isBlank() || authKey == null || authKey.isBlank()) {
                return reject(exchange, parameters);
            }
            Mono<Optional<SuiteIdentity>> caller = accounts.appSessionByPhone(username.trim(), authKey.trim())
                    .flatMap(session -> session.isEmpty() ? Mono.just(Optional.<SuiteIdentity>empty())
                            : accounts.accountIdentity(session.get().accountId(), null, Surface.CODES));
            return Lookup.of(caller).flatMap(lookup -> {
                if (lookup.unavailable()) {
                    return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                            HttpStatus.SERVICE_UNAVAILABLE, null, null, new FieldErrors());
                }
                if (lookup.value().isEmpty()) {
                    return reject(exchange, parameters);
                }
                exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "phone:" + username.trim());
                exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, lookup.value().get());
                return chain.filter(exchange.mutate().request(request).build());
            });
        });
    }

    /** 10311 (upload) or 10320 (publish) as the document has them; the other request types name none. */
    private static Mono<Void> reject(ServerWebExchange exchange, Map<String, String> parameters) {
        String code = "10302".equals(parameters.get("type")) ? "10320" : "10311";
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                HttpStatus.UNAUTHORIZED, "用户认证码错误", code, new FieldErrors());
    }
}
