package com.communitysuite.gateway.errors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises (no route for the path, a body too large, a failure of its own) is answered
 * in the surface's dialect; nothing of the cause reaches the client.
 */
@Component
@Order(-2)
class SurfaceErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Log log = LogFactory.getLog(SurfaceErrorWebExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatus status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.error("Gateway failure on " + exchange.getRequest().getPath(), failure);
        }
        exchange.getResponse().getHeaders().clear();
        return SurfaceResponses.write(exchange.getResponse(), exchange.getRequest().getPath().value(), status);
    }

    private static HttpStatus statusOf(Throwable failure) {
        if (failure instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
