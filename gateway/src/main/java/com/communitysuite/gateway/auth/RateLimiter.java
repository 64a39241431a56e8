package com.communitysuite.gateway.auth;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Fixed one-second windows per key, in memory (one gateway replica's count). */
public class RateLimiter {

    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(2)).maximumSize(1_000_000).build();

    /** @return false when this request would exceed {@code limit} for the key in the current second */
    public boolean tryAcquire(String key, int limit, long nowMillis) {
        String window = key + "@" + nowMillis / 1000;
        return windows.get(window, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }
}
