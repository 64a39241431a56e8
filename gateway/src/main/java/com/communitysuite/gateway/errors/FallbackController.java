package com.communitysuite.gateway.errors;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request its service did not answer: 504 when the time limit ran out,
 * 503 otherwise (no instance, connection refused, circuit open), in the surface's dialect of the original path.
 */
@RestController
class FallbackController {

    static final String PATH = "/__gateway/fallback";

    @RequestMapping(PATH)
    Mono<Void> fallback(ServerWebExchange exchange) {
        Set<URI> originalUrls = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originalUrls == null || originalUrls.isEmpty()) {
            return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(),
                    HttpStatus.NOT_FOUND);
        }
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        HttpStatus status = isTimeout(failure) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        return SurfaceResponses.write(exchange.getResponse(), originalUrls.iterator().next().getPath(), status);
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
