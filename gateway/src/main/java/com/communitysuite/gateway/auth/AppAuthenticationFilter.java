package com.communitysuite.gateway.auth;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;
import com.communitysuite.gateway.identity.IdentityHandOffFilter;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.app.AppErrorCode;
import com.communitysuite.platform.web.app.ClientType;

import reactor.core.publisher.Mono;

/**
 * The app surface's rules, before any service sees a request: the client headers, {@code Authorization: Basic
 * base64(uid:accessToken)} of a live session (except before login), {@code ts} within the window, a {@code sign}
 * made with the session's secret (or the document's default one before login), and no second use of a sign.
 */
class AppAuthenticationFilter {

    private static final org.apache.commons.logging.Log log = org.apache.commons.logging.LogFactory
            .getLog(AppAuthenticationFilter.class);

    /** The H5 token's cookie, as account-service's WeChat web login sets it. */
    static final String H5_COOKIE = "chaoqer_wx_code";
    /** account-service takes H5 tokens up to this length; a longer one is none. */
    private static final int MAX_H5_TOKEN_LENGTH = 128;

    private final AccountServiceClient accounts;
    private final ReplayGuard replays;
    private final AuthProperties properties;
    private final Clock clock;
    /** Reached before login: signed with the document's default secret. */
    private final RequestRules defaultSecret;
    /** Neither login nor sign, per the document (a web page holds no secret). */
    private final RequestRules unsigned;
    private final RequestRules sessionEnding;
    /** Unsigned H5 pages that the visitor's H5 token personalises. */
    private final RequestRules h5Sessions;

    AppAuthenticationFilter(AccountServiceClient accounts, ReplayGuard replays, AuthProperties properties, Clock clock) {
        this.accounts = accounts;
        this.replays = replays;
        this.properties = properties;
        this.clock = clock;
        this.defaultSecret = RequestRules.of(properties.app().defaultSecretPaths());
        this.unsigned = RequestRules.of(properties.app().unsignedPaths());
        this.sessionEnding = RequestRules.of(properties.app().sessionEnding());
        this.h5Sessions = RequestRules.of(properties.app().h5SessionPaths());
    }

    Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        RequestRules.Target target = RequestRules.Target.of(exchange);
        if (unsigned.matches(target)) {
            return h5Sessions.matches(target) ? withH5Visitor(exchange, chain) : chain.filter(exchange);
        }
        FieldErrors headerErrors = clientHeaderErrors(exchange.getRequest().getHeaders());
        if (!headerErrors.isEmpty()) {
            return reject(exchange, HttpStatus.BAD_REQUEST, headerErrors);
        }
        if (defaultSecret.matches(target)) {
            return RequestParameters.withBody(exchange, properties.maxBodyBytes(), (request, parameters) -> verify(
                    exchange.mutate().request(request).build(), chain, parameters, properties.appDefaultSecret(),
                    "anonymous:" + clientAddress(exchange), null, null));
        }
        Optional<String[]> credentials = basicCredentials(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            return reject(exchange, HttpStatus.UNAUTHORIZED, new FieldErrors());
        }
        String uid = credentials.get()[0];
        Mono<Optional<Caller>> caller = accounts.appSession(uid, credentials.get()[1])
                .flatMap(session -> session.isEmpty() ? Mono.just(Optional.<Caller>empty())
                        : accounts.accountIdentity(session.get().accountId(), null, Surface.APP)
                                .map(identity -> identity.map(i -> new Caller(session.get().accessSecret(), i))));
        return Lookup.of(caller).flatMap(lookup -> {
            if (lookup.unavailable()) {
                return reject(exchange, HttpStatus.SERVICE_UNAVAILABLE, new FieldErrors());
            }
            if (lookup.value().isEmpty()) {
                return reject(exchange, HttpStatus.UNAUTHORIZED, new FieldErrors());
            }
            Caller found = lookup.value().get();
            boolean endsSession = sessionEnding.matches(target);
            return RequestParameters.withBody(exchange, properties.maxBodyBytes(), (request, parameters) -> verify(
                    exchange.mutate().request(request).build(), chain, parameters, found.accessSecret(), uid,
                    endsSession ? found.identity() : null, found.identity()));
        });
    }

    /**
     * An H5 page: the visitor behind the H5 token of the {@value #H5_COOKIE} cookie, when it names one with an
     * account, is the caller; without it, or when account-service cannot say (the pages are readable by anyone), the
     * page is asked anonymously. The cookie is a credential and goes no further than the gateway.
     */
    private Mono<Void> withH5Visitor(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(H5_COOKIE);
        if (cookie == null) {
            return chain.filter(exchange);
        }
        ServerWebExchange withoutCookie = exchange.mutate()
                .request(request -> request.headers(AppAuthenticationFilter::removeH5Cookie)).build();
        String token = cookie.getValue().trim();
        if (token.isEmpty() || token.length() > MAX_H5_TOKEN_LENGTH) {
            return chain.filter(withoutCookie);
        }
        return accounts.h5Visitor(token)
                .flatMap(visitor -> visitor.isEmpty() || visitor.get().accountId() == null
                        ? Mono.just(Optional.<SuiteIdentity>empty())
                        : accounts.accountIdentity(visitor.get().accountId(), null, Surface.APP))
                .onErrorResume(e -> {
                    log.warn("H5 visitor not looked up, page asked anonymously: " + e);
                    return Mono.just(Optional.empty());
                })
                .flatMap(identity -> {
                    identity.ifPresent(caller -> {
                        withoutCookie.getAttributes().put(CallerRateLimitFilter.CALLER, "h5:" + caller.accountId());
                        withoutCookie.getAttributes().put(IdentityHandOffFilter.IDENTITY, caller);
                    });
                    return chain.filter(withoutCookie);
                });
    }

    /** Every other cookie of the {@code Cookie} header goes on to the page's service. */
    private static void removeH5Cookie(HttpHeaders headers) {
        List<String> kept = new ArrayList<>();
        for (String header : headers.getOrEmpty(HttpHeaders.COOKIE)) {
            for (String pair : header.split(";")) {
                String trimmed = pair.trim();
                int equals = trimmed.indexOf('=');
                String name = equals < 0 ? trimmed : trimmed.substring(0, equals).trim();
                if (!trimmed.isEmpty() && !name.equals(H5_COOKIE)) {
                    kept.add(trimmed);
                }
            }
        }
        if (kept.isEmpty()) {
            headers.remove(HttpHeaders.COOKIE);
        }
        else {
            headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
        }
    }

    /** A signed-in app user: the secret their requests are signed with, and who they are. */
    private record Caller(String accessSecret, SuiteIdentity identity) {
    }

    /**
     * @param endingSession the signed-in caller when a success ends their session, else null
     * @param identity      the signed-in caller, or null before login
     */
    private Mono<Void> verify(ServerWebExchange exchange, GatewayFilterChain chain, Map<String, String> parameters,
            String secret, String caller, SuiteIdentity endingSession, SuiteIdentity identity) {
        FieldErrors missing = new FieldErrors();
        if (!parameters.containsKey("ts") || parameters.get("ts").isBlank()) {
            missing.add("ts", "is required");
        }
        if (!parameters.containsKey("sign") || parameters.get("sign").isBlank()) {
            missing.add("sign", "is required");
        }
        if (!missing.isEmpty()) {
            return reject(exchange, HttpStatus.BAD_REQUEST, missing);
        }
        long ts;
        try {
            ts = Long.parseLong(parameters.get("ts").trim());
        }
        catch (NumberFormatException e) {
            return reject(exchange, HttpStatus.BAD_REQUEST, FieldErrors.of("ts", "must be milliseconds since the epoch"));
        }
        if (Math.abs(clock.millis() - ts) > properties.timestampWindow().toMillis()) {
            return reject(exchange, HttpStatus.UNAUTHORIZED, new FieldErrors());
        }
        String presented = parameters.get("sign");
        if (!AppSignature.matches(AppSignature.sign(parameters, secret), presented)) {
            return reject(exchange, HttpStatus.UNAUTHORIZED, new FieldErrors());
        }
        exchange.getAttributes().put(CallerRateLimitFilter.CALLER, caller);
        if (identity != null) {
            exchange.getAttributes().put(IdentityHandOffFilter.IDENTITY, identity);
        }
        return replays.firstUse(caller, presented.trim().toLowerCase())
                .onErrorResume(e -> {
                    // Availability over replay protection while the shared store is unreachable.
                    log.warn("Replay store unavailable; request let through: " + e);
                    return Mono.just(true);
                })
                .flatMap(first -> first ? forward(exchange, chain, endingSession)
                        : SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                                HttpStatus.OK, AppErrorCode.DUPLICATE_CALL.message(),
                                Integer.toString(AppErrorCode.DUPLICATE_CALL.code()),
                                new FieldErrors()));
    }

    /**
     * A logout answered with success ends the session here at once; other replicas learn of it from account-service's
     * event, within a second.
     *
     * @param endingSession the caller whose session a success ends, or null
     */
    private Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain, SuiteIdentity endingSession) {
        Mono<Void> forwarded = chain.filter(exchange);
        if (endingSession == null) {
            return forwarded;
        }
        return forwarded.doOnSuccess(done -> {
            if (exchange.getResponse().getStatusCode() != null
                    && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
                accounts.forgetSessionsOf(endingSession.uid());
            }
        });
    }

    private static FieldErrors clientHeaderErrors(HttpHeaders headers) {
        FieldErrors errors = new FieldErrors();
        String clientType = headers.getFirst(ClientType.HEADER);
        if (clientType == null || !Set.of("0", "1", "2").contains(clientType.trim())) {
            errors.add(ClientType.HEADER, "must be 0 (Web), 1 (iOS) or 2 (Android)");
        }
        String versionName = headers.getFirst("Version-Name");
        if (versionName == null || versionName.isBlank()) {
            errors.add("Version-Name", "is required");
        }
        String versionCode = headers.getFirst("Version-Code");
        if (versionCode == null || !versionCode.trim().matches("\\d{1,9}")) {
            errors.add("Version-Code", "must be a whole number");
        }
        return errors;
    }

    static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            String[] parts = decoded.split(":", -1);
            return parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank() ? Optional.of(parts)
                    : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Mono<Void> reject(ServerWebExchange exchange, HttpStatus status, FieldErrors errors) {
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(), status, null,
                null, errors);
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
