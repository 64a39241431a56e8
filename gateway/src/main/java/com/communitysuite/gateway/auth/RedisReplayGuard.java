package com.communitysuite.gateway.auth;

import java.time.Duration;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import reactor.core.publisher.Mono;

/** Signs remembered in Redis ({@code SET NX} with an expiry), so every gateway replica sees every replay. */
class RedisReplayGuard implements ReplayGuard {

    private final ReactiveStringRedisTemplate redis;
    private final Duration memory;

    RedisReplayGuard(ReactiveStringRedisTemplate redis, Duration window) {
        this.redis = redis;
        this.memory = window.multipliedBy(2);
    }

    @Override
    public Mono<Boolean> firstUse(String caller, String sign) {
        return redis.opsForValue().setIfAbsent("suite:replay:" + caller + ":" + sign, "1", memory)
                .defaultIfEmpty(false);
    }
}
