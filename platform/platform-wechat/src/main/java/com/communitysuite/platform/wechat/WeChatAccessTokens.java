package com.communitysuite.platform.wechat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One app's access token for WeChat's server API (integrations.md 2a), from {@code cgi-bin/stable_token}: unlike
 * {@code cgi-bin/token} it does not invalidate the token another replica or service holds, so every replica may ask.
 * The token is kept until five minutes before it expires, and asked for again when a call says it is no longer valid
 * ({@link #refused}). Thread-safe: one instance serves every call of a service.
 */
public final class WeChatAccessTokens {

    private static final Logger log = LoggerFactory.getLogger(WeChatAccessTokens.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Invalid credential, invalid token, expired token: a call refused with one of these may succeed anew. */
    private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 42001);
    /** System busy; the API's call quota reached: worth trying later. */
    private static final Set<Integer> PASSING = Set.of(-1, 45009, 45011);
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final RestClient http;
    private final String appId;
    private final String secret;
    private final Clock clock;
    private Held token;

    /**
     * @param baseUrl WeChat's API ({@code https://api.weixin.qq.com}); the same client is the one to call it with
     * @param timeout for connecting and for each answer
     */
    public WeChatAccessTokens(String baseUrl, String appId, String secret, Duration timeout, Clock clock) {
        if (appId == null || appId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalStateException("a WeChat app id and secret are required to call WeChat");
        }
        this.http = client(baseUrl, timeout);
        this.appId = appId;
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * A client of WeChat's API with these timeouts, for the calls the token is for. HTTP/1.1: the JDK client's
     * default HTTP/2 tries an h2c upgrade on plain-HTTP stand-ins, which some refuse for a request with a body.
     */
    public static RestClient client(String baseUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    public String appId() {
        return appId;
    }

    /**
     * The token to call with.
     *
     * @throws WeChatTokenException when WeChat cannot be reached or gives no token
     */
    public synchronized String current() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.value();
        }
        Map<String, Object> request = Map.of("grant_type", "client_credential", "appid", appId, "secret", secret,
                "force_refresh", false);
        String body;
        try {
            body = http.post().uri("/cgi-bin/stable_token").contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(request))
                    .exchange((sent, answer) -> new String(answer.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (RestClientException e) {
            log.warn("WeChat stable_token unreachable: {}", e.getClass().getSimpleName());
            throw new WeChatTokenException("WeChat unreachable", true);
        }
        JsonNode reply = read(body);
        String value = reply.path("access_token").asString("");
        if (value.isBlank()) {
            int errcode = reply.path("errcode").asInt(-1);
            log.warn("WeChat gave no access token: errcode {}", errcode);
            throw new WeChatTokenException("WeChat gave no access token: errcode " + errcode,
                    PASSING.contains(errcode));
        }
        token = new Held(value, now.plusSeconds(reply.path("expires_in").asLong(7200)).minus(REFRESH_BEFORE_EXPIRY));
        return value;
    }

    /**
     * Whether a call's {@code errcode} says the token was not accepted; if so, the token is forgotten (unless another
     * call has replaced it already) and the next {@link #current} asks WeChat again.
     */
    public synchronized boolean refused(String used, int errcode) {
        if (!TOKEN_REFUSED.contains(errcode)) {
            return false;
        }
        if (token != null && token.value().equals(used)) {
            token = null;
        }
        return true;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        }
        catch (JacksonException e) {
            return JSON.createObjectNode().put("errcode", -1);
        }
    }

    private record Held(String value, Instant refreshAt) {
    }
}
