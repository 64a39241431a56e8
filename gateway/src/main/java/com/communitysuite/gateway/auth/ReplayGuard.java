package com.communitysuite.gateway.auth;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers each caller's {@code sign} for the length of the timestamp window, so a request sent twice within it
 * is recognised. In memory: one gateway replica's view (shared state across replicas is still to come).
 */
public class ReplayGuard {

    private final Cache<String, Boolean> seen;

    public ReplayGuard(Duration window) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(window.multipliedBy(2)).maximumSize(1_000_000).build();
    }

    /** @return true the first time this caller presents this sign, false for a replay */
    public boolean firstUse(String caller, String sign) {
        return seen.asMap().putIfAbsent(caller + ":" + sign, Boolean.TRUE) == null;
    }
}
