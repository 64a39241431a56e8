package com.communitysuite.gateway.auth;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/** One gateway replica's counts: the embedded default. */
class InMemoryRateLimiter implements RateLimiter {

    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(2)).maximumSize(1_000_000).build();

    @Override
    public Mono<Boolean> tryAcquire(String key, int limit, long nowMillis) {
        String window = key + "@" + nowMillis / 1000;
        return Mono.just(windows.get(window, k -> new AtomicInteger()).incrementAndGet() <= limit);
    }
}
