package com.communitysuite.gateway.auth;

import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.auth.RequestRules.Target;
import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.Surface;

import com.nimbusds.jwt.JWTClaimsSet;

import reactor.core.publisher.Mono;

/**
 * mp and campus: an access token issued by account-service (ES256, checked here against its published keys,
 * unexpired, its session not revoked), required everywhere except the requests route configuration leaves open
 * ({@code suite.gateway.auth.mp|campus.open-paths}); an mp user who has not agreed to the privacy policy reaches only
 * {@code without-consent}. Which caller may do what is the services' decision: the gateway only says who calls.
 */
class TokenAuthenticationFilter {

    static final String NO_CONSENT = "用户未同意隐私声明";
    /** Exchange attribute: the caller's valid access token, as a {@link PresentedToken}. */
    static final String ACCESS_TOKEN = TokenAuthenticationFilter.class.getName() + ".accessToken";
    /** Exchange attribute: the request ends the caller's token session when it succeeds. */
    static final String SESSION_ENDING = TokenAuthenticationFilter.class.getName() + ".sessionEnding";

    /** An access token that passed the checks, with its claims. */
    record PresentedToken(String token, JWTClaimsSet claims) {
    }

    private final AccessTokenVerifier verifier;
    private final AccountServiceClient accounts;
    private final RevokedSessions revokedSessions;
    private final Rules mp;
    private final Rules campus;

    TokenAuthenticationFilter(AccessTokenVerifier verifier, AccountServiceClient accounts,
            RevokedSessions revokedSessions, AuthProperties properties) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.revokedSessions = revokedSessions;
        this.mp = Rules.of(properties.mp());
        this.campus = Rules.of(properties.campus());
    }

    private record Rules(RequestRules open, RequestRules withoutConsent, RequestRules sessionEnding) {

        static Rules of(AuthProperties.TokenPaths paths) {
            return new Rules(RequestRules.of(paths.openPaths()), RequestRules.of(paths.withoutConsent()),
                    RequestRules.of(paths.sessionEnding()));
        }
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain, Surface surface) {
        Target target = Target.of(exchange);
        Rules rules = surface == Surface.MP ? mp : campus;
        boolean isOpen = rules.open().matches(target);
        Optional<String> token = tokenOf(exchange.getRequest().getHeaders(), surface);
        if (token.isEmpty()) {
            return isOpen ? chain.filter(exchange) : reject(exchange, surface, false);
        }
        return verifier.verify(token.get()).flatMap(claims -> {
            Optional<Long> accountId = claims.map(JWTClaimsSet::getSubject).flatMap(TokenAuthenticationFilter::number);
            if (accountId.isEmpty()) {
                // The campus original never checked a token on its open endpoints (sign-in with a stale one works).
                return isOpen && surface == Surface.CAMPUS ? chain.filter(exchange) : reject(exchange, surface, true);
            }
            if (surface == Surface.MP && !isOpen && !Boolean.TRUE.equals(claims.get().getClaim("privacy_agreed"))
                    && !rules.withoutConsent().matches(target)) {
                return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                        HttpStatus.BAD_REQUEST, NO_CONSENT, null, new FieldErrors());
            }
            String sessionId = (String) claims.get().getClaim("sid");
            return Lookup.of(accounts.accountIdentity(accountId.get(), sessionId, surface)).flatMap(lookup -> {
                if (lookup.unavailable()) {
                    return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                            HttpStatus.SERVICE_UNAVAILABLE, null, null, new FieldErrors());
                }
                if (lookup.value().isEmpty()) {
                    return isOpen && surface == Surface.CAMPUS ? chain.filter(exchange)
                            : reject(exchange, surface, true);
                }
                SuiteIdentity identity = lookup.value().get();
                exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "account:" + identity.accountId());
                exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, identity);
                exchange.getAttributes().put(ACCESS_TOKEN, new PresentedToken(token.get(), claims.get()));
                if (rules.sessionEnding().matches(target)) {
                    exchange.getAttributes().put(SESSION_ENDING, Boolean.TRUE);
                    // Refused here at once after success; other replicas learn of it from account-service's event.
                    return chain.filter(exchange).doOnSuccess(done -> {
                        if (sessionId != null && exchange.getResponse().getStatusCode() != null
                                && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
                            revokedSessions.revoke(sessionId);
                        }
                    });
                }
                return chain.filter(exchange);
            });
        });
    }

    private static Optional<Long> number(String subject) {
        try {
            return Optional.of(Long.parseLong(subject));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** mp: {@code Authorization: Bearer <t>}; campus also any scheme word, or a {@code Token: <t>} header. */
    private static Optional<String> tokenOf(HttpHeaders headers, Surface surface) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            String trimmed = authorization.trim();
            int space = trimmed.indexOf(' ');
            if (space > 0 && (surface == Surface.CAMPUS || trimmed.regionMatches(true, 0, "Bearer", 0, 6))) {
                return Optional.of(trimmed.substring(space + 1).trim()).filter(t -> !t.isEmpty());
            }
            return Optional.of("");
        }
        if (surface == Surface.CAMPUS) {
            String token = headers.getFirst("Token");
            if (token != null && !token.isBlank()) {
                return Optional.of(token.trim());
            }
        }
        return Optional.empty();
    }

    private static Mono<Void> reject(ServerWebExchange exchange, Surface surface, boolean presented) {
        String message = surface == Surface.MP
                ? (presented ? "Given token not valid for any token type" : "Authentication credentials were not provided.")
                : (presented ? "非法token" : "缺少token。");
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                HttpStatus.UNAUTHORIZED, message, null, new FieldErrors());
    }
}
