package com.communitysuite.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import com.communitysuite.gateway.identity.IdentityTokens;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.Surface;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.JWKSet;

import reactor.core.publisher.Mono;

/**
 * What the gateway asks account-service: app sessions and H5 visitors (cached briefly, so a signed-in client
 * costs one look-up per {@code sessionCacheTtl}) and the public keys of mp and campus tokens (refetched when a token names a key
 * the gateway has not seen, at most once per {@code keySetRefresh}).
 */
public class AccountServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final WebClient http;
    private final AuthProperties properties;
    private final Cache<String, AppSession> sessions;
    private final Cache<String, AppSession> sessionsByPhone;
    private final Cache<Long, Principal> principals;
    private final Cache<String, H5Visitor> h5Visitors;
    private final AtomicReference<KeySet> keys = new AtomicReference<>(new KeySet(new JWKSet(), 0));

    public AccountServiceClient(WebClient.Builder loadBalanced, AuthProperties properties,
            IdentityTokens identities) {
        SuiteIdentity gateway = SuiteIdentity.service("gateway");
        this.http = loadBalanced.clone().baseUrl(properties.accountService())
                .filter((request, next) -> next.exchange(ClientRequest.from(request)
                        .headers(headers -> headers.setBearerAuth(identities.tokenFor(gateway))).build()))
                .build();
        this.properties = properties;
        this.sessions = Caffeine.newBuilder().expireAfterWrite(properties.sessionCacheTtl()).maximumSize(100_000)
                .build();
        this.sessionsByPhone = Caffeine.newBuilder().expireAfterWrite(properties.sessionCacheTtl())
                .maximumSize(100_000).build();
        this.principals = Caffeine.newBuilder().expireAfterWrite(properties.sessionCacheTtl()).maximumSize(100_000)
                .build();
        this.h5Visitors = Caffeine.newBuilder().expireAfterWrite(properties.sessionCacheTtl()).maximumSize(100_000)
                .build();
    }

    /** An account as a caller: its uid and current roles and levels. */
    public record Principal(long accountId, String uid, String status, Set<String> roles,
            Map<String, Integer> levels) {
    }

    /**
     * The identity of an account calling on a surface, from its principal (cached like sessions); empty when the
     * account is gone or may not sign in; an error when account-service cannot answer.
     */
    public Mono<Optional<SuiteIdentity>> accountIdentity(long accountId, String sessionId, Surface surface) {
        Principal cached = principals.getIfPresent(accountId);
        Mono<Optional<Principal>> principal = cached != null ? Mono.just(Optional.of(cached))
                : http.get().uri("/internal/principals/{id}", accountId).retrieve().bodyToMono(Principal.class)
                        .timeout(TIMEOUT)
                        .map(Optional::of)
                        .onErrorResume(WebClientResponseException.NotFound.class, e -> Mono.just(Optional.empty()))
                        .doOnNext(found -> found.ifPresent(p -> principals.put(accountId, p)));
        return principal.map(found -> found.map(p -> SuiteIdentity.account(p.accountId(), p.uid(), sessionId,
                surface.name().toLowerCase(Locale.ROOT), p.roles(), p.levels())));
    }

    /** Drops the cached principal of an account whose roles, status or sessions changed. */
    public void forgetPrincipal(long accountId) {
        principals.invalidate(accountId);
    }

    /** An app session as the gateway needs it: whose it is and the secret requests are signed with. */
    public record AppSession(long accountId, String uid, String accessSecret) {
    }

    /** Empty when there is no such live session; an error when account-service cannot answer. */
    public Mono<Optional<AppSession>> appSession(String uid, String accessToken) {
        String key = uid + ":" + sha256(accessToken);
        AppSession cached = sessions.getIfPresent(key);
        if (cached != null) {
            return Mono.just(Optional.of(cached));
        }
        return lookUp("/internal/app-sessions/lookup", Map.of("uid", uid, "accessToken", accessToken),
                AppSession.class).doOnNext(found -> found.ifPresent(session -> sessions.put(key, session)));
    }

    /** The app session of an access token alone (the wx surface's {@code access_type=user}). */
    public Mono<Optional<AppSession>> appSessionByToken(String accessToken) {
        return lookUp("/internal/app-sessions/lookup-by-token", Map.of("accessToken", accessToken), AppSession.class);
    }

    /**
     * The request-code protocol's {@code username} (phone number) and {@code auth_key} (access token); cached like
     * app sessions, since a client sends several requests in a row (10301 then 10302; a join then its cancel).
     */
    public Mono<Optional<AppSession>> appSessionByPhone(String mobile, String accessToken) {
        String key = mobile + ":" + sha256(accessToken);
        AppSession cached = sessionsByPhone.getIfPresent(key);
        if (cached != null) {
            return Mono.just(Optional.of(cached));
        }
        return lookUp("/internal/app-sessions/lookup-by-phone", Map.of("username", mobile, "authKey", accessToken),
                AppSession.class).doOnNext(found -> found.ifPresent(session -> sessionsByPhone.put(key, session)));
    }

    /** The organization behind a wx {@code access_type=org} key. */
    public Mono<Optional<ApiKey>> apiKey(String key) {
        return lookUp("/internal/api-keys/lookup", Map.of("key", key), ApiKey.class);
    }

    /** An organization's key: which key and whose. */
    public record ApiKey(String keyId, long organizationId) {
    }

    private <T> Mono<Optional<T>> lookUp(String path, Map<String, String> body, Class<T> type) {
        return http.post().uri(path).bodyValue(body).retrieve().bodyToMono(type).timeout(TIMEOUT)
                .map(Optional::of)
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode().value() == 404
                        || e.getStatusCode().value() == 400 ? Mono.just(Optional.empty()) : Mono.error(e));
    }

    /**
     * A fresh access token in a live token session of the account ({@code POST /internal/token-sessions/{sessionId}/access}
     * {@code {"accountId"}} answers {@code {"access", "expiresAt"}}, or 404 when the session is not a live one of that
     * account, 400 when the session id is no UUID); empty then; an error when account-service cannot answer.
     */
    public Mono<Optional<String>> renewedAccess(long accountId, String sessionId) {
        return http.post().uri("/internal/token-sessions/{sessionId}/access", sessionId)
                .bodyValue(Map.of("accountId", accountId)).retrieve()
                .bodyToMono(RenewedAccess.class).timeout(TIMEOUT)
                .map(renewed -> Optional.ofNullable(renewed.access()))
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode().value() == 404
                        || e.getStatusCode().value() == 400 ? Mono.just(Optional.empty()) : Mono.error(e));
    }

    /** @param expiresAt when the access token expires (ISO-8601), as account-service says */
    public record RenewedAccess(String access, String expiresAt) {
    }

    /**
     * The visitor behind an H5 token (the {@code chaoqer_wx_code} cookie): their account when WeChat's ids lead to
     * one (else {@code accountId} is null); empty for an unknown or expired token; an error when account-service
     * cannot answer.
     */
    public Mono<Optional<H5Visitor>> h5Visitor(String token) {
        String key = sha256(token);
        H5Visitor cached = h5Visitors.getIfPresent(key);
        if (cached != null) {
            return Mono.just(Optional.of(cached));
        }
        return lookUp("/internal/h5-sessions/lookup", Map.of("token", token), H5Visitor.class)
                .doOnNext(found -> found.ifPresent(visitor -> h5Visitors.put(key, visitor)));
    }

    /** Whom an H5 token stands for; {@code accountId} and {@code uid} are null for a visitor without an account. */
    public record H5Visitor(Long accountId, String uid, String openid) {
    }

    /** Drops every cached session of a user, when account-service says they ended. */
    public void forgetSessionsOf(String uid) {
        sessions.asMap().keySet().removeIf(key -> key.startsWith(uid + ":"));
        sessionsByPhone.asMap().values().removeIf(session -> session.uid().equals(uid));
    }

    /** The token signing keys; fetched again when {@code kid} is unknown and the last fetch is old enough. */
    public Mono<JWKSet> keysWith(String kid) {
        KeySet current = keys.get();
        boolean known = kid != null && current.keys().getKeyByKeyId(kid) != null;
        boolean mayRefresh = System.nanoTime() - current.fetchedAt() > properties.keySetRefresh().toNanos()
                || current.fetchedAt() == 0;
        if (known || !mayRefresh) {
            return Mono.just(current.keys());
        }
        return http.get().uri("/internal/jwks").retrieve().bodyToMono(String.class).timeout(TIMEOUT)
                .map(json -> {
                    try {
                        JWKSet fetched = JWKSet.parse(json);
                        keys.set(new KeySet(fetched, System.nanoTime()));
                        return fetched;
                    }
                    catch (ParseException e) {
                        throw new IllegalStateException("account-service answered a key set that is not JWKS", e);
                    }
                });
    }

    private record KeySet(JWKSet keys, long fetchedAt) {
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
