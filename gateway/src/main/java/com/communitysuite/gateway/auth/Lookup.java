package com.communitysuite.gateway.auth;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** What account-service answered (found or not), or that it could not answer: then a 503, not a 401. */
record Lookup<T>(Optional<T> value, boolean unavailable) {

    static <T> Mono<Lookup<T>> of(Mono<Optional<T>> answer) {
        return answer.map(value -> new Lookup<>(value, false))
                .onErrorResume(e -> Mono.just(new Lookup<>(Optional.empty(), true)));
    }
}
