package com.communitysuite.notification.wechat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.notification.support.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /cgi-bin/message/subscribe/send}. The access token comes from {@code /cgi-bin/stable_token} (which,
 * unlike {@code /cgi-bin/token}, does not invalidate the token other replicas or services hold) and is kept until
 * five minutes before it expires; a token WeChat calls invalid is fetched again once.
 */
public class WechatApiGateway implements WechatGateway {

    private static final Log log = LogFactory.getLog(WechatApiGateway.class);
    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);
    /** 43101: the user did not subscribe (or used up the subscription); 40003: not an openid of this app. */
    private static final Set<Integer> UNREACHABLE = Set.of(43101, 40003);
    /** -1: system busy; 45009, 45011: quota or frequency limits. */
    private static final Set<Integer> PASSING = Set.of(-1, 45009, 45011);
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final RestClient http;
    private final WechatProperties properties;
    private final Clock clock;
    private AccessToken token;

    public WechatApiGateway(WechatProperties properties, Clock clock) {
        if (blank(properties.appId()) || blank(properties.appSecret()) || blank(properties.meetingReminder())
                || blank(properties.meetingCancelled())) {
            throw new IllegalStateException("notification.wechat app-id, app-secret, meeting-reminder and"
                    + " meeting-cancelled are required");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public WechatResult send(SubscriptionMessage message) {
        try {
            JsonNode answer = post(message, accessToken(false));
            int errcode = answer.path("errcode").asInt(0);
            if (TOKEN_INVALID.contains(errcode)) {
                answer = post(message, accessToken(true));
                errcode = answer.path("errcode").asInt(0);
            }
            String reason = "WeChat " + errcode + ": " + answer.path("errmsg").asString("");
            if (errcode == 0) {
                return new Sent();
            }
            if (UNREACHABLE.contains(errcode)) {
                return new Unreachable(reason);
            }
            if (PASSING.contains(errcode) || TOKEN_INVALID.contains(errcode)) {
                return new TryAgain(reason);
            }
            return new Refused(reason);
        }
        catch (TokenUnavailable e) {
            return e.passing ? new TryAgain(e.getMessage()) : new Refused(e.getMessage());
        }
        catch (RestClientException e) {
            log.warn("WeChat unreachable: " + e.getClass().getSimpleName());
            return new TryAgain("WeChat unreachable: " + e.getClass().getSimpleName());
        }
    }

    private JsonNode post(SubscriptionMessage message, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", message.openid());
        body.put("template_id", templateId(message.template()));
        body.put("page", message.page());
        Map<String, Object> data = new LinkedHashMap<>();
        message.data().forEach((key, value) -> data.put(key, Map.of("value", value)));
        body.put("data", data);
        body.put("miniprogram_state", properties.miniprogramState());
        body.put("lang", "zh_CN");
        return read(http.post().uri(uri -> uri.path("/cgi-bin/message/subscribe/send")
                .queryParam("access_token", accessToken).build()).contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(body)).exchange((request, response) -> new String(response.getBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
    }

    private String templateId(String template) {
        return switch (template) {
            case WechatMessages.MEETING_REMINDER -> properties.meetingReminder();
            case WechatMessages.MEETING_CANCELLED -> properties.meetingCancelled();
            default -> throw new IllegalArgumentException("no template " + template);
        };
    }

    private synchronized String accessToken(boolean renew) {
        Instant now = clock.instant();
        if (!renew && token != null && now.isBefore(token.renewAt())) {
            return token.value();
        }
        Map<String, Object> request = Map.of("grant_type", "client_credential", "appid", properties.appId(),
                "secret", properties.appSecret(), "force_refresh", false);
        JsonNode answer = read(http.post().uri("/cgi-bin/stable_token").contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(request)).exchange((req, response) -> new String(response.getBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
        String value = answer.path("access_token").asString("");
        if (value.isBlank()) {
            int errcode = answer.path("errcode").asInt(0);
            throw new TokenUnavailable("WeChat gave no access token: " + errcode + " "
                    + answer.path("errmsg").asString(""), errcode == -1 || errcode == 45009 || errcode == 0);
        }
        long expiresIn = answer.path("expires_in").asLong(7200);
        token = new AccessToken(value, now.plusSeconds(expiresIn).minus(REFRESH_BEFORE_EXPIRY));
        return value;
    }

    private static JsonNode read(String body) {
        try {
            return Json.read(body == null || body.isBlank() ? "{}" : body);
        }
        catch (JacksonException e) {
            return Json.read("{\"errcode\":-1,\"errmsg\":\"not JSON\"}");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record AccessToken(String value, Instant renewAt) {
    }

    private static final class TokenUnavailable extends RuntimeException {

        private final boolean passing;

        TokenUnavailable(String message, boolean passing) {
            super(message);
            this.passing = passing;
        }
    }
}
