package com.communitysuite.activity.wxcode;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's {@code wxa/getwxacodeunlimit} with the mini-program's access token from {@code cgi-bin/token}, kept until
 * five minutes before it expires (asking again invalidates the previous one, so one token serves every call) and
 * fetched anew once when WeChat says it is invalid or expired. WeChat answers the image itself, or HTTP 200 with a
 * JSON error (often labelled {@code text/plain}).
 */
public class WeChatMiniProgramCodes implements MiniProgramCodes {

    private static final Log log = LogFactory.getLog(WeChatMiniProgramCodes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Invalid credential, invalid token, expired token: a fresh token may succeed. */
    private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 42001);
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final RestClient http;
    private final MiniProgramCodeProperties properties;
    private final Clock clock;
    private AccessToken token;

    public WeChatMiniProgramCodes(MiniProgramCodeProperties properties, Clock clock) {
        if (properties.appId() == null || properties.appId().isBlank() || properties.secret() == null
                || properties.secret().isBlank()) {
            throw new IllegalStateException("activity.wechat.app-id and secret are required to call WeChat");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public MiniProgramCode unlimited(String scene, String page) {
        String used = accessToken();
        try {
            return request(used, scene, page);
        }
        catch (TokenRefused refused) {
            forget(used);
            return request(accessToken(), scene, page);
        }
    }

    private MiniProgramCode request(String accessToken, String scene, String page) {
        ResponseEntity<byte[]> answer;
        try {
            answer = http.post().uri(uri -> uri.path("/wxa/getwxacodeunlimit")
                    .queryParam("access_token", accessToken).build())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("scene", scene, "page", page))
                    .retrieve()
                    .toEntity(byte[].class);
        }
        catch (RestClientException e) {
            log.warn("WeChat getwxacodeunlimit unreachable: " + e.getClass().getSimpleName());
            throw new MiniProgramCodeException("WeChat unreachable");
        }
        MediaType type = answer.getHeaders().getContentType();
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
        if (type != null && "image".equals(type.getType()) && body.length > 0) {
            return new MiniProgramCode(body, type.getType() + "/" + type.getSubtype());
        }
        JsonNode error = json(body);
        int errcode = error.path("errcode").asInt(-1);
        if (TOKEN_REFUSED.contains(errcode)) {
            throw new TokenRefused();
        }
        log.warn("WeChat refused a mini-program code: errcode " + errcode);
        throw new MiniProgramCodeException("WeChat refused the code: errcode " + errcode);
    }

    private synchronized String accessToken() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.value();
        }
        String body;
        try {
            body = http.get().uri(uri -> uri.path("/cgi-bin/token")
                    .queryParam("grant_type", "client_credential")
                    .queryParam("appid", properties.appId())
                    .queryParam("secret", properties.secret())
                    .build())
                    .retrieve()
                    .body(String.class);
        }
        catch (RestClientException e) {
            log.warn("WeChat cgi-bin/token unreachable: " + e.getClass().getSimpleName());
            throw new MiniProgramCodeException("WeChat unreachable");
        }
        JsonNode reply = json(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        String value = reply.path("access_token").asString("");
        if (value.isBlank()) {
            log.warn("WeChat refused an access token: errcode " + reply.path("errcode").asInt(-1));
            throw new MiniProgramCodeException("WeChat refused an access token");
        }
        long expiresIn = reply.path("expires_in").asLong(7200);
        token = new AccessToken(value, now.plusSeconds(expiresIn).minus(REFRESH_BEFORE_EXPIRY));
        return value;
    }

    private synchronized void forget(String refused) {
        if (token != null && token.value().equals(refused)) {
            token = null;
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        }
        catch (JacksonException e) {
            throw new MiniProgramCodeException("WeChat answered something that is neither an image nor JSON");
        }
    }

    private record AccessToken(String value, Instant refreshAt) {
    }

    private static final class TokenRefused extends RuntimeException {

        TokenRefused() {
            super(null, null, false, false);
        }
    }
}
