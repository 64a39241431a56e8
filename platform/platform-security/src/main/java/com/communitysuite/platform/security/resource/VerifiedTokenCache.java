package com.communitysuite.platform.security.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The gateway hands the same identity token on for a caller's requests for a while; a token verified once is
 * remembered until it expires, so a service pays for one signature check per caller and token, not per request.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokenCache(JwtDecoder verifier, Duration tokenValidity, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().expireAfterWrite(tokenValidity).maximumSize(50_000).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(now)) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
