package com.communitysuite.gateway.routing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /actuator/health/routing}: UP when the gateway's own load balancer (the instance list its routes use, not
 * only the registry) knows an instance of every service a route leads to. The local launcher waits for it before it
 * says the gateway is ready. Not part of readiness: a gateway whose one service is down must still serve the others.
 */
@Component
class RoutesHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration CHOICE_TIMEOUT = Duration.ofSeconds(2);

    private final RouteLocator routes;
    private final ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers;

    RoutesHealthIndicator(RouteLocator routes, ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers) {
        this.routes = routes;
        this.loadBalancers = loadBalancers;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return routes.getRoutes()
                .filter(route -> "lb".equals(route.getUri().getScheme()))
                .map(route -> serviceOf(route.getUri()))
                .distinct()
                .flatMap(service -> Flux.from(loadBalancers.getInstance(service).choose()).next()
                        .timeout(CHOICE_TIMEOUT)
                        .map(response -> response.hasServer())
                        .onErrorReturn(false)
                        .defaultIfEmpty(false)
                        .filter(found -> !found)
                        .map(found -> service))
                .collectList()
                .map(unreachable -> unreachable.isEmpty() ? builder.up().build()
                        : builder.down().withDetail("withoutInstance", unreachable.size()).build());
    }

    /** {@code lb://service}, or {@code lb:ws://service} (a WebSocket route), whose host is inside. */
    static String serviceOf(URI uri) {
        return uri.getHost() != null ? uri.getHost() : URI.create(uri.getSchemeSpecificPart()).getHost();
    }
}
