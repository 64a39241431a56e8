package com.communitysuite.gateway.errors;

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

/** Writes a gateway-made error in the dialect of the surface the request belongs to. */
public final class SurfaceResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SurfaceResponses() {
    }

    public static Mono<Void> write(ServerHttpResponse response, String path, HttpStatus status) {
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
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}
