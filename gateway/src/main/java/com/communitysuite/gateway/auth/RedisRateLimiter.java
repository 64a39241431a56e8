package com.communitysuite.gateway.auth;

import java.time.Duration;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import reactor.core.publisher.Mono;

/** Counts in Redis ({@code INCR}, the window's key expiring after it), shared by every gateway replica. */
class RedisRateLimiter implements RateLimiter {

    private static final Duration WINDOW_KEY_LIFETIME = Duration.ofSeconds(2);

    private final ReactiveStringRedisTemplate redis;

    RedisRateLimiter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Boolean> tryAcquire(String key, int limit, long nowMillis) {
        String window = "suite:rate:" + key + ":" + nowMillis / 1000;
        return redis.opsForValue().increment(window)
                .flatMap(count -> (count == 1 ? redis.expire(window, WINDOW_KEY_LIFETIME) : Mono.just(true))
                        .thenReturn(count <= limit));
    }
}
