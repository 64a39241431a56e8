package com.communitysuite.clubroom.h5;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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
 * The {@code jsapi_ticket} from WeChat (integrations.md 2a, 2b): an access token from {@code cgi-bin/stable_token}
 * (which, unlike {@code cgi-bin/token}, does not invalidate the one another replica holds), then the ticket from
 * {@code cgi-bin/ticket/getticket}. Both are kept until five minutes before they expire: the ticket's quota is small.
 */
class WeChatJsApiTickets implements JsApiTickets {

    private static final Logger log = LoggerFactory.getLogger(WeChatJsApiTickets.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final RestClient http;
    private final H5WeChatProperties properties;
    private final Clock clock;
    private Held accessToken;
    private Held ticket;

    WeChatJsApiTickets(H5WeChatProperties properties, Clock clock) {
        if (properties.appId() == null || properties.appId().isBlank() || properties.secret() == null
                || properties.secret().isBlank()) {
            throw new IllegalStateException("club-room.h5.wechat.app-id and secret are required to call WeChat");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String appId() {
        return properties.appId();
    }

    @Override
    public synchronized String ticket() {
        Instant now = clock.instant();
        if (ticket != null && now.isBefore(ticket.refreshAt())) {
            return ticket.value();
        }
        String token = accessToken(now);
        JsonNode reply = call(() -> http.get().uri(uri -> uri.path("/cgi-bin/ticket/getticket")
                .queryParam("access_token", token).queryParam("type", "jsapi").build())
                .retrieve().body(String.class));
        String value = reply.path("ticket").asString("");
        if (reply.path("errcode").asInt(0) != 0 || value.isBlank()) {
            int code = reply.path("errcode").asInt(-1);
            if (code == 40001 || code == 42001) {
                accessToken = null;
            }
            log.warn("WeChat refused a jsapi_ticket: errcode {}", code);
            throw new JsApiTicketException("WeChat refused a jsapi_ticket");
        }
        ticket = new Held(value, now.plusSeconds(reply.path("expires_in").asLong(7200)).minus(REFRESH_BEFORE_EXPIRY));
        return value;
    }

    private String accessToken(Instant now) {
        if (accessToken != null && now.isBefore(accessToken.refreshAt())) {
            return accessToken.value();
        }
        JsonNode reply = call(() -> http.post().uri("/cgi-bin/stable_token").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("grant_type", "client_credential", "appid", properties.appId(),
                        "secret", properties.secret(), "force_refresh", false)))
                .retrieve().body(String.class));
        String value = reply.path("access_token").asString("");
        if (value.isBlank()) {
            log.warn("WeChat refused an access token: errcode {}", reply.path("errcode").asInt(-1));
            throw new JsApiTicketException("WeChat refused an access token");
        }
        accessToken = new Held(value,
                now.plusSeconds(reply.path("expires_in").asLong(7200)).minus(REFRESH_BEFORE_EXPIRY));
        return value;
    }

    private static JsonNode call(java.util.function.Supplier<String> request) {
        String body;
        try {
            body = request.get();
        }
        catch (RestClientException e) {
            log.warn("WeChat unreachable: {}", e.getClass().getSimpleName());
            throw new JsApiTicketException("WeChat unreachable");
        }
        try {
            return JSON.readTree(body == null ? "{}" : body);
        }
        catch (JacksonException e) {
            throw new JsApiTicketException("WeChat answered something that is not JSON");
        }
    }

    private record Held(String value, Instant refreshAt) {
    }
}
