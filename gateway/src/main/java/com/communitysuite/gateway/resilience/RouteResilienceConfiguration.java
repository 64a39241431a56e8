package com.communitysuite.gateway.resilience;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/** Gives each route's circuit breaker its time limit and thresholds from {@link RouteResilienceProperties}. */
@Configuration(proxyBeanMethods = false)
class RouteResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(RouteResilienceProperties properties) {
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(Math.max(1, properties.slidingWindowSize() / 2))
                .waitDurationInOpenState(properties.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        return factory -> factory.configureDefault(routeId -> new Resilience4JConfigBuilder(routeId)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeoutOf(routeId)).build())
                .build());
    }
}
