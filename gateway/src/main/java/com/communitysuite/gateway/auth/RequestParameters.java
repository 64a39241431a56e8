package com.communitysuite.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import com.communitysuite.platform.web.FieldErrors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's parameters as credentials and signs see them: the query's, then the top-level fields of a JSON or
 * form body. The body is read once, at most {@code maxBodyBytes} (more is a 413), and handed on intact.
 */
final class RequestParameters {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private RequestParameters() {
    }

    @FunctionalInterface
    interface Handler {
        Mono<Void> handle(ServerHttpRequest replayableRequest, Map<String, String> parameters);
    }

    static Mono<Void> withBody(ServerWebExchange exchange, long maxBodyBytes, Handler handler) {
        ServerHttpRequest request = exchange.getRequest();
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getQueryParams().forEach((key, values) -> parameters.put(key, values.isEmpty() || values.get(0) == null
                ? "" : values.get(0)));
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(maxBodyBytes))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> {
                    if (!addBodyParameters(request.getHeaders().getContentType(), bytes, parameters)) {
                        return AppAuthenticationFilter.reject(exchange, HttpStatus.BAD_REQUEST,
                                FieldErrors.of("body", "is not a JSON object or a well-formed form"));
                    }
                    ServerHttpRequest replayable = new ServerHttpRequestDecorator(request) {
                        @Override
                        public Flux<DataBuffer> getBody() {
                            return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
                        }
                    };
                    return handler.handle(replayable, parameters);
                })
                .onErrorResume(DataBufferLimitException.class,
                        e -> AppAuthenticationFilter.reject(exchange, HttpStatus.PAYLOAD_TOO_LARGE, new FieldErrors()));
    }

    /** @return false when a JSON body is not a JSON object, or a form body is malformed */
    private static boolean addBodyParameters(MediaType contentType, byte[] body, Map<String, String> parameters) {
        if (body.length == 0 || contentType == null) {
            return true;
        }
        if (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            }
            catch (JacksonException e) {
                return false;
            }
            if (json == null || !json.isObject()) {
                return false;
            }
            json.properties().forEach(field -> parameters.put(field.getKey(), AppSignature.valueOf(field.getValue())));
        }
        else if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
            try {
                MultiValueMap<String, String> form = UriComponentsBuilder.newInstance()
                        .query(new String(body, StandardCharsets.UTF_8)).build(true).getQueryParams();
                form.forEach((key, values) -> parameters.put(decode(key), values.isEmpty() || values.get(0) == null
                        ? "" : decode(values.get(0))));
            }
            catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    /** @throws IllegalArgumentException for a malformed escape such as {@code %ZZ} */
    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
