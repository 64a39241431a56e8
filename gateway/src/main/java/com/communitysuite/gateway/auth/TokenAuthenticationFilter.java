package com.communitysuite.gateway.auth;

import java.util.List;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.Surface;

import com.nimbusds.jwt.JWTClaimsSet;

import reactor.core.publisher.Mono;

/**
 * mp and campus: an access token issued by account-service (ES256, checked here against its published keys,
 * unexpired, its session not revoked), required everywhere except the endpoints the documents leave open; an mp
 * user who has not agreed to the privacy policy reaches only agree, logout and log-off.
 */
class TokenAuthenticationFilter {

    private static final PathPatternParser PATTERNS = new PathPatternParser();
    /** mp endpoints open to anyone (semantics: the original's anonymous views). */
    private static final List<Open> MP_OPEN = List.of(
            open(null, "/mp/login/**"), open(null, "/mp/refresh/**"), open(null, "/mp/ping/**"),
            open(HttpMethod.GET, "/mp/meetings/{id}/**"), open(HttpMethod.GET, "/mp/meetingslist/**"),
            open(HttpMethod.GET, "/mp/activities/**"), open(HttpMethod.GET, "/mp/recentactivities/**"),
            open(HttpMethod.GET, "/mp/activity/{id}/**"), open(HttpMethod.GET, "/mp/countactivities/**"),
            open(HttpMethod.GET, "/mp/meeting_activity_date/**"), open(HttpMethod.GET, "/mp/meeting_activity_data/**"));
    /** campus endpoints that hand out tokens. */
    private static final List<Open> CAMPUS_OPEN = List.of(open(null, "/campus/userLogin/**"),
            open(null, "/campus/adminLogIn/**"), open(null, "/campus/refresh/**"));

    /** What an mp user who has not agreed to the privacy policy may still reach. */
    private static final List<Open> MP_WITHOUT_CONSENT = List.of(open(null, "/mp/agree/**"),
            open(null, "/mp/logout/**"), open(null, "/mp/logoff/**"));
    static final String NO_CONSENT = "用户未同意隐私声明";
    /** mp endpoints after whose success the caller's token session is over. */
    private static final List<Open> SESSION_ENDING = List.of(open(HttpMethod.POST, "/mp/logout/**"),
            open(HttpMethod.POST, "/mp/logoff/**"), open(HttpMethod.POST, "/mp/revoke/**"));

    /** The campus document's "管理端" endpoints: super users only. */
    private static final List<Open> CAMPUS_ADMIN_ONLY = List.of(
            open(HttpMethod.GET, "/campus/users"), open(HttpMethod.POST, "/campus/blocks"),
            open(HttpMethod.GET, "/campus/blocks/{id}"), open(HttpMethod.PUT, "/campus/blocks/{id}"),
            open(HttpMethod.DELETE, "/campus/blocks/{id}"),
            open(HttpMethod.GET, "/campus/organizations/applications/{id}"),
            open(HttpMethod.PUT, "/campus/organizations/applications/verifications/{id}"),
            open(HttpMethod.POST, "/campus/organizations"), open(HttpMethod.GET, "/campus/organizations"),
            open(HttpMethod.POST, "/campus/activities/categories"),
            open(HttpMethod.PUT, "/campus/activities/categories/{id}"),
            open(HttpMethod.DELETE, "/campus/activities/categories/{id}"),
            open(HttpMethod.DELETE, "/campus/activities/addresses/{id}"), open(HttpMethod.GET, "/campus/activities"),
            open(HttpMethod.GET, "/campus/activities/comments"),
            open(HttpMethod.GET, "/campus/recommended/organizations/{userId}"),
            open(HttpMethod.GET, "/campus/feedbacks"), open(HttpMethod.DELETE, "/campus/feedbacks/{id}"),
            open(null, "/campus/register"), open(null, "/campus/admin/**"));

    private final AccessTokenVerifier verifier;
    private final AccountServiceClient accounts;
    private final RevokedSessions revokedSessions;

    TokenAuthenticationFilter(AccessTokenVerifier verifier, AccountServiceClient accounts,
            RevokedSessions revokedSessions) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.revokedSessions = revokedSessions;
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain, Surface surface) {
        Target target = Target.of(exchange);
        List<Open> open = surface == Surface.MP ? MP_OPEN : CAMPUS_OPEN;
        boolean isOpen = open.stream().anyMatch(o -> o.matches(target));
        Optional<String> token = tokenOf(exchange.getRequest().getHeaders(), surface);
        if (token.isEmpty()) {
            return isOpen ? chain.filter(exchange) : reject(exchange, surface, false);
        }
        if (isOpen && surface == Surface.CAMPUS) {
            return chain.filter(exchange);
        }
        return verifier.verify(token.get()).flatMap(claims -> {
            Optional<Long> accountId = claims.map(JWTClaimsSet::getSubject).flatMap(TokenAuthenticationFilter::number);
            if (accountId.isEmpty()) {
                return reject(exchange, surface, true);
            }
            if (surface == Surface.MP && !isOpen && !Boolean.TRUE.equals(claims.get().getClaim("privacy_agreed"))
                    && MP_WITHOUT_CONSENT.stream().noneMatch(o -> o.matches(target))) {
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
                    return reject(exchange, surface, true);
                }
                SuiteIdentity identity = lookup.value().get();
                if (surface == Surface.CAMPUS && !identity.hasRole(SuiteIdentity.ROLE_ADMIN)
                        && CAMPUS_ADMIN_ONLY.stream().anyMatch(o -> o.matches(target))) {
                    return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                            HttpStatus.FORBIDDEN, null, null, new FieldErrors());
                }
                exchange.getAttributes().put(CallerRateLimitFilter.CALLER, "account:" + identity.accountId());
                exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, identity);
                if (surface == Surface.MP && SESSION_ENDING.stream().anyMatch(o -> o.matches(target))) {
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

    private static Open open(HttpMethod method, String pattern) {
        return new Open(method, PATTERNS.parse(pattern));
    }

    /** A request's method and path, without a trailing slash: paths are matched with and without it. */
    private record Target(HttpMethod method, PathContainer path) {

        static Target of(ServerWebExchange exchange) {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return new Target(exchange.getRequest().getMethod(), PathContainer.parsePath(trimmed));
        }
    }

    private record Open(HttpMethod method, PathPattern pattern) {

        boolean matches(Target target) {
            return (method == null || method.equals(target.method())) && pattern.matches(target.path());
        }
    }
}
