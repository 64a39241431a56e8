package com.communitysuite.clubroom.h5;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.platform.wechat.WeChatAccessTokens;
import com.communitysuite.platform.wechat.WeChatTokenException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code jsapi_ticket} from WeChat (integrations.md 2a, 2b): an access token ({@link WeChatAccessTokens}, from
 * {@code cgi-bin/stable_token}, shared with other replicas), then the ticket from {@code cgi-bin/ticket/getticket},
 * kept until five minutes before it expires: the ticket's quota is small.
 */
class WeChatJsApiTickets implements JsApiTickets {

    private static final Logger log = LoggerFactory.getLogger(WeChatJsApiTickets.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final RestClient http;
    private final WeChatAccessTokens tokens;
    private final Clock clock;
    private Held ticket;

    WeChatJsApiTickets(H5WeChatProperties properties, Clock clock) {
        this.tokens = new WeChatAccessTokens(properties.baseUrl(), properties.appId(), properties.secret(),
                properties.timeout(), clock);
        this.http = WeChatAccessTokens.client(properties.baseUrl(), properties.timeout());
        this.clock = clock;
    }

    @Override
    public String appId() {
        return tokens.appId();
    }

    @Override
    public synchronized String ticket() {
        Instant now = clock.instant();
        if (ticket != null && now.isBefore(ticket.refreshAt())) {
            return ticket.value();
        }
        String token;
        try {
            token = tokens.current();
        }
        catch (WeChatTokenException e) {
            throw new JsApiTicketException(e.getMessage());
        }
        JsonNode reply = call(() -> http.get().uri(uri -> uri.path("/cgi-bin/ticket/getticket")
                .queryParam("access_token", token).queryParam("type", "jsapi").build())
                .retrieve().body(String.class));
        String value = reply.path("ticket").asString("");
        if (reply.path("errcode").asInt(0) != 0 || value.isBlank()) {
            int code = reply.path("errcode").asInt(-1);
            tokens.refused(token, code);
            log.warn("WeChat refused a jsapi_ticket: errcode {}", code);
            throw new JsApiTicketException("WeChat refused a jsapi_ticket");
        }
        ticket = new Held(value, now.plusSeconds(reply.path("expires_in").asLong(7200)).minus(REFRESH_BEFORE_EXPIRY));
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
