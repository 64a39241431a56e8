package com.communitysuite.gateway.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.auth.TokenAuthenticationFilter.PresentedToken;
import com.communitysuite.platform.web.Surface;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mp original answered every mutating request with the caller's access token in {@code access}, and its
 * clients store it. Here that is done once for every mp service: a 2xx JSON object answered to an authenticated mp
 * POST, PUT, PATCH or DELETE gets {@code access} unless it has one (sign-in, refresh and consent hand out their own)
 * or the request ended the token session. The token is the one presented, or, once that is past half its life, a
 * fresh one of the same token session from account-service, so an active client never runs out of a token; older
 * tokens stay valid until they expire. No other answer's body is read.
 */
class MpAccessAnswerFilter implements GlobalFilter, Ordered {

    private static final Log log = LogFactory.getLog(MpAccessAnswerFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccountServiceClient accounts;
    private final AuthProperties properties;
    private final Clock clock;
    /** The renewed token of a token session, kept while it is in the first half of its life. */
    private final Cache<String, Renewed> renewed;

    MpAccessAnswerFilter(AccountServiceClient accounts, AuthProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        this.renewed = Caffeine.newBuilder().maximumSize(100_000).expireAfter(new Expiry<String, Renewed>() {
            @Override
            public long expireAfterCreate(String sessionId, Renewed token, long now) {
                return Math.max(0, Duration.between(clock.instant(), token.halfLife()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String sessionId, Renewed token, long now, long current) {
                return expireAfterCreate(sessionId, token, now);
            }

            @Override
            public long expireAfterRead(String sessionId, Renewed token, long now, long current) {
                return current;
            }
        }).build();
    }

    private record Renewed(String token, Instant halfLife) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        PresentedToken presented = exchange.getAttribute(TokenAuthenticationFilter.ACCESS_TOKEN);
        if (presented == null || !isMutating(exchange.getRequest().getMethod())
                || exchange.getAttribute(TokenAuthenticationFilter.SESSION_ENDING) != null
                || Surface.fromPath(exchange.getRequest().getPath().value()) != Surface.MP) {
            return chain.filter(exchange);
        }
        ServerHttpResponse response = exchange.getResponse();
        ServerHttpResponseDecorator withAccess = new ServerHttpResponseDecorator(response) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                MediaType type = getHeaders().getContentType();
                if (getStatusCode() == null || !getStatusCode().is2xxSuccessful() || type == null
                        || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                    return super.writeWith(body);
                }
                return DataBufferUtils.join(body).map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return bytes;
                }).defaultIfEmpty(new byte[0]).flatMap(bytes -> {
                    if (bytes.length == 0) {
                        return super.writeWith(Flux.empty());
                    }
                    return accessFor(presented).map(access -> withAccess(bytes, access)).flatMap(answer -> {
                        getHeaders().setContentLength(answer.length);
                        return super.writeWith(Mono.just(bufferFactory().wrap(answer)));
                    });
                });
            }
        };
        return chain.filter(exchange.mutate().response(withAccess).build());
    }

    /** The body with {@code access} added, or as it was when it is not a JSON object or names a token already. */
    private static byte[] withAccess(byte[] body, String access) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        }
        catch (JacksonException e) {
            return body;
        }
        if (!(answer instanceof ObjectNode object) || object.has("access")) {
            return body;
        }
        object.put("access", access);
        return JSON.writeValueAsBytes(object);
    }

    /** The presented token while in the first half of its life; then a renewed one (the presented one if none). */
    private Mono<String> accessFor(PresentedToken presented) {
        JWTClaimsSet claims = presented.claims();
        if (clock.instant().isBefore(halfLife(claims))) {
            return Mono.just(presented.token());
        }
        String sessionId = (String) claims.getClaim("sid");
        Optional<Long> accountId = Optional.ofNullable(claims.getSubject()).filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong);
        if (sessionId == null || accountId.isEmpty()) {
            return Mono.just(presented.token());
        }
        Renewed cached = renewed.getIfPresent(sessionId);
        if (cached != null) {
            return Mono.just(cached.token());
        }
        return accounts.renewedAccess(accountId.get(), sessionId)
                .map(found -> found.map(token -> {
                    renewed.put(sessionId, new Renewed(token, halfLifeOf(token)));
                    return token;
                }).orElse(presented.token()))
                .onErrorResume(e -> {
                    // The presented token is still valid: the client keeps working and renews on a later answer.
                    log.debug("No renewed access token from account-service: " + e);
                    return Mono.just(presented.token());
                });
    }

    private Instant halfLife(JWTClaimsSet claims) {
        Instant expiry = claims.getExpirationTime().toInstant();
        Date issued = claims.getIssueTime();
        Instant issuedAt = issued != null ? issued.toInstant() : expiry.minus(properties.accessTokenLifetime());
        return issuedAt.plus(Duration.between(issuedAt, expiry).dividedBy(2));
    }

    private Instant halfLifeOf(String token) {
        try {
            return halfLife(SignedJWT.parse(token).getJWTClaimsSet());
        }
        catch (ParseException | RuntimeException e) {
            return clock.instant();
        }
    }

    private static boolean isMutating(HttpMethod method) {
        return HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method)
                || HttpMethod.DELETE.equals(method);
    }

    /** Around the writing of the service's answer, so that it writes through the decorated response. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }
}
