package com.communitysuite.notification.wechat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.notification.support.Json;
import com.communitysuite.platform.wechat.WeChatAccessTokens;
import com.communitysuite.platform.wechat.WeChatTokenException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /cgi-bin/message/subscribe/send}. The access token is {@link WeChatAccessTokens}' (from
 * {@code /cgi-bin/stable_token}, shared with other replicas and services); a token WeChat calls invalid is fetched
 * again once.
 */
public class WechatApiGateway implements WechatGateway {

    private static final Log log = LogFactory.getLog(WechatApiGateway.class);
    /** 43101: the user did not subscribe (or used up the subscription); 40003: not an openid of this app. */
    private static final Set<Integer> UNREACHABLE = Set.of(43101, 40003);
    /** -1: system busy; 45009, 45011: quota or frequency limits. */
    private static final Set<Integer> PASSING = Set.of(-1, 45009, 45011);

    private final RestClient http;
    private final WechatProperties properties;
    private final WeChatAccessTokens tokens;

    public WechatApiGateway(WechatProperties properties, Clock clock) {
        if (blank(properties.appId()) || blank(properties.appSecret()) || blank(properties.meetingReminder())
                || blank(properties.meetingCancelled())) {
            throw new IllegalStateException("notification.wechat app-id, app-secret, meeting-reminder and"
                    + " meeting-cancelled are required");
        }
        this.tokens = new WeChatAccessTokens(properties.baseUrl(), properties.appId(), properties.appSecret(),
                properties.timeout(), clock);
        this.http = WeChatAccessTokens.client(properties.baseUrl(), properties.timeout());
        this.properties = properties;
    }

    @Override
    public WechatResult send(SubscriptionMessage message) {
        try {
            String used = tokens.current();
            JsonNode answer = post(message, used);
            int errcode = answer.path("errcode").asInt(0);
            boolean tokenRefused = tokens.refused(used, errcode);
            if (tokenRefused) {
                used = tokens.current();
                answer = post(message, used);
                errcode = answer.path("errcode").asInt(0);
                tokenRefused = tokens.refused(used, errcode);
            }
            String reason = "WeChat " + errcode + ": " + answer.path("errmsg").asString("");
            if (errcode == 0) {
                return new Sent();
            }
            if (UNREACHABLE.contains(errcode)) {
                return new Unreachable(reason);
            }
            if (PASSING.contains(errcode) || tokenRefused) {
                return new TryAgain(reason);
            }
            return new Refused(reason);
        }
        catch (WeChatTokenException e) {
            return e.passing() ? new TryAgain(e.getMessage()) : new Refused(e.getMessage());
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
}
