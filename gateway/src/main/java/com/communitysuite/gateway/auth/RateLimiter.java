package com.communitysuite.gateway.auth;

import reactor.core.publisher.Mono;

/** Fixed one-second windows per key: in memory for one gateway, in Redis for several. */
public interface RateLimiter {

    /** @return false when this request would exceed {@code limit} for the key in the current second */
    Mono<Boolean> tryAcquire(String key, int limit, long nowMillis);
}
