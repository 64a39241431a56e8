package com.communitysuite.gateway.resilience;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.gateway.errors.SurfaceResponses;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import reactor.core.publisher.Mono;

/**
 * Every routed call goes through its route's bulkhead, circuit breaker and time limit (Resilience4j, configured per
 * route in {@link RouteResilienceProperties}), and whatever they refuse or what fails on the way to the service is
 * answered here, in the dialect of the path the client asked for, saying why in
 * {@value SurfaceResponses#GATEWAY_ANSWER}:
 *
 * <ul>
 * <li>bulkhead full: 429 with {@code Retry-After} ({@code bulkhead-full});</li>
 * <li>circuit open: 503 with {@code Retry-After} ({@code circuit-open});</li>
 * <li>no instance of the service known to the load balancer: 503 ({@code no-instance}), not counted by the circuit,
 * so a suite that is starting does not open it;</li>
 * <li>connection refused or failed: 503 ({@code unreachable}), after one more try of an idempotent GET or HEAD on
 * another instance; counted;</li>
 * <li>no answer within the time limit: 504 ({@code timeout}); counted.</li>
 * </ul>
 *
 * <p>A WebSocket (the room presence socket) is no call: its upgrade goes through untouched, since the time limit
 * would cut a connection that lives as long as the room and the bulkhead would count open connections as calls.
 *
 * <p>A service's own answers, 5xx included, are passed on as they are and are not retried: the service has done the
 * work (or refused it) and a second try would double the load of a service that is struggling.
 *
 * <p>Written as one filter rather than Spring Cloud Gateway's {@code CircuitBreaker} and {@code Retry} filters:
 * those forward a refusal to a fallback path that loses the original request's path and the cause, cache every
 * request's body for that forward, and cost a retry and a repeat operator on every request.
 */
public class RouteResilienceFilter implements GlobalFilter, Ordered {

    private static final Log log = LogFactory.getLog(RouteResilienceFilter.class);

    private final RouteResilienceProperties properties;
    private final CircuitBreakerRegistry circuitBreakers;
    private final BulkheadRegistry bulkheads;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    public RouteResilienceFilter(RouteResilienceProperties properties, CircuitBreakerRegistry circuitBreakers,
            BulkheadRegistry bulkheads) {
        this.properties = properties;
        this.circuitBreakers = circuitBreakers;
        this.bulkheads = bulkheads;
    }

    /** A route's circuit breaker, bulkhead and time limit. */
    private record Guard(CircuitBreaker circuitBreaker, Bulkhead bulkhead, Duration timeout,
            String retryAfterOpenSeconds) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || isWebSocketUpgrade(exchange)) {
            return chain.filter(exchange);
        }
        // The path the client asked for decides the dialect of any answer made here.
        String originalPath = exchange.getRequest().getPath().value();
        Guard guard = guards.computeIfAbsent(route.getId(), this::guardOf);
        if (!guard.bulkhead().tryAcquirePermission()) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.TOO_MANY_REQUESTS,
                    "bulkhead-full");
        }
        if (!guard.circuitBreaker().tryAcquirePermission()) {
            guard.bulkhead().onComplete();
            exchange.getResponse().getHeaders().set("Retry-After", guard.retryAfterOpenSeconds());
            return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.SERVICE_UNAVAILABLE,
                    "circuit-open");
        }
        CircuitBreaker circuitBreaker = guard.circuitBreaker();
        long started = System.nanoTime();
        Mono<Void> call = chain.filter(exchange);
        if (isIdempotent(exchange.getRequest().getMethod())) {
            // Resubscribing runs the rest of the chain again: the load balancer picks the next instance.
            call = call.onErrorResume(RouteResilienceFilter::isConnectionFailure, first -> {
                ServerWebExchangeUtils.reset(exchange);
                return chain.filter(exchange);
            });
        }
        return call.timeout(guard.timeout())
                .doOnSuccess(done -> circuitBreaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS))
                .onErrorResume(failure -> {
                    // The circuit breaker's configuration decides whether a failure counts (no-instance does not).
                    circuitBreaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
                    return answerFailure(exchange, originalPath, route, failure);
                })
                .doOnCancel(circuitBreaker::releasePermission)
                .doFinally(signal -> guard.bulkhead().onComplete());
    }

    private Mono<Void> answerFailure(ServerWebExchange exchange, String originalPath, Route route, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            // Part of the service's answer is on its way already; nothing else can be said on this response.
            return Mono.error(failure);
        }
        // Drops what the service's answer had set; the gateway's own headers (CORS) stay for the browser.
        ServerWebExchangeUtils.reset(exchange);
        if (failure instanceof NotFoundException) {
            return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.SERVICE_UNAVAILABLE,
                    "no-instance");
        }
        if (isTimeout(failure)) {
            return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.GATEWAY_TIMEOUT,
                    "timeout");
        }
        if (isConnectionFailure(failure)) {
            return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.SERVICE_UNAVAILABLE,
                    "unreachable");
        }
        log.warn("Route " + route.getId() + " failed on " + originalPath + ": " + failure);
        return SurfaceResponses.write(exchange.getResponse(), originalPath, HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable");
    }

    private Guard guardOf(String routeId) {
        RouteResilienceProperties.Limits limits = properties.of(routeId);
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(limits.failureRateThreshold())
                .slidingWindowSize(limits.slidingWindowSize())
                .minimumNumberOfCalls(limits.minimumCalls())
                .waitDurationInOpenState(limits.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(3)
                // No instance is not the service failing: it is starting, or stopped on purpose.
                .ignoreExceptions(NotFoundException.class)
                .build();
        BulkheadConfig bulkhead = BulkheadConfig.custom().maxConcurrentCalls(limits.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO).build();
        long retryAfter = Math.max(1, (limits.waitInOpenState().toMillis() + 999) / 1000);
        return new Guard(circuitBreakers.circuitBreaker(routeId, circuitBreaker), bulkheads.bulkhead(routeId, bulkhead),
                limits.timeout(), Long.toString(retryAfter));
    }

    private static boolean isWebSocketUpgrade(ServerWebExchange exchange) {
        return "websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade());
    }

    private static boolean isIdempotent(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * After authentication and the identity hand-off, so that only calls that will be forwarded take a place in the
     * bulkhead; before the request URL is resolved, so that a retry resolves it, and picks an instance, again.
     */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
    }
}
