package com.communitysuite.gateway.auth;

import reactor.core.publisher.Mono;

/**
 * Remembers each caller's {@code sign} for twice the timestamp window, so a request sent twice within it is
 * recognised: in memory for one gateway, in Redis for several.
 */
public interface ReplayGuard {

    /** @return true the first time this caller presents this sign, false for a replay */
    Mono<Boolean> firstUse(String caller, String sign);
}
