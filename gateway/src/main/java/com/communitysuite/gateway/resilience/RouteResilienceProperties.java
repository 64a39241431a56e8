package com.communitysuite.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits and circuit-breaker thresholds of the gateway's routes; a route's circuit breaker is named after the
 * route.
 *
 * @param timeout              how long a route waits for its service unless {@code routeTimeouts} says otherwise
 * @param routeTimeouts        per-route time limits, by route id
 * @param failureRateThreshold percentage of failed calls that opens a circuit
 * @param slidingWindowSize    calls a circuit judges its failure rate on
 * @param waitInOpenState      how long an open circuit refuses calls before it tries again
 */
@ConfigurationProperties("suite.gateway.resilience")
public record RouteResilienceProperties(Duration timeout, Map<String, Duration> routeTimeouts,
        Float failureRateThreshold, Integer slidingWindowSize, Duration waitInOpenState) {

    public RouteResilienceProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        routeTimeouts = routeTimeouts == null ? Map.of() : Map.copyOf(routeTimeouts);
        failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
        slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
        waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(5) : waitInOpenState;
    }

    Duration timeoutOf(String routeId) {
        return routeTimeouts.getOrDefault(routeId, timeout);
    }
}
