package com.communitysuite.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each route's bulkhead, time limit and circuit breaker: {@code defaults} sized for a production replica, and
 * {@code routes.<route id>} overriding any of them for one route.
 *
 * @param defaults what every route gets
 * @param routes   per route id, what differs from the defaults (unset values are the defaults')
 */
@ConfigurationProperties("suite.gateway.resilience")
public record RouteResilienceProperties(Limits defaults, Map<String, Limits> routes) {

    public RouteResilienceProperties {
        defaults = Limits.PRODUCTION.overriddenBy(defaults);
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /** The defaults with a route's own values laid over them. */
    public Limits of(String routeId) {
        return defaults.overriddenBy(routes.get(routeId));
    }

    /**
     * @param timeout              how long the route waits for its service's answer; then 504
     * @param maxConcurrentCalls   calls in flight to the route's service from this replica; more are a 429 at once
     * @param failureRateThreshold percentage of failed calls (connection failures, time-outs) that opens the circuit
     * @param slidingWindowSize    the last calls the failure rate is judged on
     * @param minimumCalls         calls in the window before the failure rate counts at all
     * @param waitInOpenState      how long an open circuit answers 503 before it lets trial calls through
     */
    public record Limits(Duration timeout, Integer maxConcurrentCalls, Float failureRateThreshold,
            Integer slidingWindowSize, Integer minimumCalls, Duration waitInOpenState) {

        /**
         * A production replica: a service instance's web server serves about 200 requests at once, and a request of
         * this suite's APIs that takes 10 s has failed in all but name.
         */
        static final Limits PRODUCTION = new Limits(Duration.ofSeconds(10), 200, 50f, 20, 10,
                Duration.ofSeconds(5));

        Limits overriddenBy(Limits other) {
            if (other == null) {
                return this;
            }
            return new Limits(or(other.timeout, timeout), or(other.maxConcurrentCalls, maxConcurrentCalls),
                    or(other.failureRateThreshold, failureRateThreshold), or(other.slidingWindowSize, slidingWindowSize),
                    or(other.minimumCalls, minimumCalls), or(other.waitInOpenState, waitInOpenState));
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }
}
