package com.communitysuite.gateway.auth;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** mp and campus token sessions account-service has revoked, remembered as long as their access tokens live. */
public class RevokedSessions {

    private final Cache<String, Boolean> revoked;

    public RevokedSessions(Duration accessTokenLifetime) {
        this.revoked = Caffeine.newBuilder().expireAfterWrite(accessTokenLifetime).maximumSize(1_000_000).build();
    }

    public void revoke(String sessionId) {
        revoked.put(sessionId, Boolean.TRUE);
    }

    public boolean isRevoked(String sessionId) {
        return sessionId != null && revoked.getIfPresent(sessionId) != null;
    }
}
