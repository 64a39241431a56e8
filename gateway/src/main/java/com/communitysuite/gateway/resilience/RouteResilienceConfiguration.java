package com.communitysuite.gateway.resilience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;

/** The routes' circuit breakers and bulkheads, one of each per route, with their state in the metrics. */
@Configuration(proxyBeanMethods = false)
class RouteResilienceConfiguration {

    @Bean
    CircuitBreakerRegistry routeCircuitBreakers() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    @Bean
    BulkheadRegistry routeBulkheads() {
        return BulkheadRegistry.ofDefaults();
    }

    @Bean
    TaggedCircuitBreakerMetrics routeCircuitBreakerMetrics(CircuitBreakerRegistry routeCircuitBreakers) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(routeCircuitBreakers);
    }

    @Bean
    TaggedBulkheadMetrics routeBulkheadMetrics(BulkheadRegistry routeBulkheads) {
        return TaggedBulkheadMetrics.ofBulkheadRegistry(routeBulkheads);
    }

    @Bean
    RouteResilienceFilter routeResilienceFilter(RouteResilienceProperties properties,
            CircuitBreakerRegistry routeCircuitBreakers, BulkheadRegistry routeBulkheads) {
        return new RouteResilienceFilter(properties, routeCircuitBreakers, routeBulkheads);
    }
}
