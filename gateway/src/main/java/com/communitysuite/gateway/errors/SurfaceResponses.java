package com.communitysuite.gateway.errors;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;

import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a gateway-made answer in the dialect of the surface the request belongs to. Each carries
 * {@value #GATEWAY_ANSWER}: what made the gateway answer itself (for example {@code no-instance}, {@code circuit-open},
 * {@code unauthorized}), so a client or a probe can tell the gateway's answers from a service's.
 */
public final class SurfaceResponses {

    /** The response header of every answer the gateway makes itself; its value says why. */
    public static final String GATEWAY_ANSWER = "Suite-Gateway-Answer";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SurfaceResponses() {
    }

    public static Mono<Void> write(ServerHttpResponse response, String path, HttpStatus status) {
        return write(response, path, status, null, null, new FieldErrors());
    }

    /** @param cause what made the gateway answer, for {@value #GATEWAY_ANSWER} */
    public static Mono<Void> write(ServerHttpResponse response, String path, HttpStatus status, String cause) {
        response.getHeaders().set(GATEWAY_ANSWER, cause);
        return write(response, path, status, null, null, new FieldErrors());
    }

    /** With a message, the surface's business code and bad fields, as {@link SurfaceErrors} renders them. */
    public static Mono<Void> write(ServerHttpResponse response, String path, HttpStatus status, String message,
            String code, FieldErrors fieldErrors) {
        return write(response, Surface.fromPath(path), status, message, code, fieldErrors);
    }

    public static Mono<Void> write(ServerHttpResponse response, Surface surface, HttpStatus status, String message,
            String code, FieldErrors fieldErrors) {
        Map<String, Object> body = SurfaceErrors.body(surface, status, message, code, fieldErrors);
        response.setStatusCode(status);
        if (!response.getHeaders().containsHeader(GATEWAY_ANSWER)) {
            response.getHeaders().set(GATEWAY_ANSWER, status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}
