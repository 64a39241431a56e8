package com.communitysuite.gateway.auth;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/** One gateway replica's memory of signs: the embedded default. */
class InMemoryReplayGuard implements ReplayGuard {

    private final Cache<String, Boolean> seen;

    InMemoryReplayGuard(Duration window) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(window.multipliedBy(2)).maximumSize(1_000_000).build();
    }

    @Override
    public Mono<Boolean> firstUse(String caller, String sign) {
        return Mono.just(seen.asMap().putIfAbsent(caller + ":" + sign, Boolean.TRUE) == null);
    }
}
