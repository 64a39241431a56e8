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
 * The request-code protocol: {@code auth_key} in the body is the caller's app access token; {@code username}, when
 * sent, is the phone number of that token's account (10302 sends none). Refusals are 401 with the protocol's codes:
 * 10310 (该用户不存在) when the key is valid but {@code username} is not its account's phone, else the request
 * type's code for a wrong or missing auth key (10320 for 10302, 10311 for the others).
 */
class CodesAuthenticationFilter {

    private final AccountServiceClient accounts;
    private final AuthProperties properties;

    CodesAuthenticationFilter(AccountServiceClient accounts, AuthProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /** Who the credentials name, or which refusal they earn. */
    private record Verdict(Optional<SuiteIdentity> caller, boolean unknownUser) {

        static final Verdict BAD_KEY = new Verdict(Optional.empty(), false);
        static final Verdict UNKNOWN_USER = new Verdict(Optional.empty(), true);
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return RequestParameters.withBody(exchange, properties.maxBodyBytes(), (request, parameters) -> {
            String username = trimmed(parameters.get("username"));
            String authKey = trimmed(parameters.get("auth_key"));
            if (authKey == null) {
                return reject(exchange, parameters, false);
            }
            return Lookup.of(verdict(username, authKey).map(Optional::of)).flatMap(lookup -> {
                if (lookup.unavailable()) {
                    return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                            HttpStatus.SERVICE_UNAVAILABLE, null, null, new FieldErrors());
                }
                Verdict verdict = lookup.value().orElseThrow();
                if (verdict.caller().isEmpty()) {
                    return reject(exchange, parameters, verdict.unknownUser());
                }
                SuiteIdentity caller = verdict.caller().get();
                exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "codes:" + caller.accountId());
                exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, caller);
                return chain.filter(exchange.mutate().request(request).build());
            });
        });
    }

    /**
     * With a {@code username}, one look-up of the phone's session answers a well-formed request; only when it finds
     * none does the key alone tell a wrong key from a phone that is not the key's account's.
     */
    private Mono<Verdict> verdict(String username, String authKey) {
        Mono<Optional<AccountServiceClient.AppSession>> byKey = accounts.appSessionByToken(authKey);
        Mono<Verdict> keyAlone = byKey.flatMap(session -> session.isEmpty() ? Mono.just(Verdict.BAD_KEY)
                : username != null ? Mono.just(Verdict.UNKNOWN_USER) : identityOf(session.get()));
        if (username == null) {
            return keyAlone;
        }
        return accounts.appSessionByPhone(username, authKey)
                .flatMap(session -> session.isPresent() ? identityOf(session.get()) : keyAlone);
    }

    private Mono<Verdict> identityOf(AccountServiceClient.AppSession session) {
        return accounts.accountIdentity(session.accountId(), null, Surface.CODES)
                .map(identity -> identity.map(caller -> new Verdict(Optional.of(caller), false)).orElse(Verdict.BAD_KEY));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** 10310 for an unknown user; else the request type's code for a wrong auth key, as the document has them. */
    private static Mono<Void> reject(ServerWebExchange exchange, Map<String, String> parameters, boolean unknownUser) {
        String code = unknownUser ? "10310" : "10302".equals(trimmed(parameters.get("type"))) ? "10320" : "10311";
        String message = unknownUser ? "该用户不存在" : "用户认证码错误";
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                HttpStatus.UNAUTHORIZED, message, code, new FieldErrors());
    }
}
