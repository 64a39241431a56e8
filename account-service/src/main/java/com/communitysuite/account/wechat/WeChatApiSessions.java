package com.communitysuite.account.wechat;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * auth.code2Session over HTTPS as WeChat speaks it: HTTP 200 even for errors, the outcome in {@code errcode}, and
 * a JSON body that may come as {@code text/plain}. The session key is never kept or logged.
 */
public class WeChatApiSessions implements WeChatSessions {

    private static final Log log = LogFactory.getLog(WeChatApiSessions.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final WeChatProperties.App app;

    public WeChatApiSessions(String baseUrl, Duration timeout, WeChatProperties.App app) {
        if (app == null || app.appId() == null || app.secret() == null) {
            throw new IllegalStateException("A mini-program's app-id and secret are required to call WeChat");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.app = app;
    }

    @Override
    public WeChatIdentity exchange(String code) {
        String body;
        try {
            body = http.get().uri(uri -> uri.path("/sns/jscode2session")
                    .queryParam("appid", app.appId())
                    .queryParam("secret", app.secret())
                    .queryParam("js_code", code)
                    .queryParam("grant_type", "authorization_code")
                    .build())
                    .retrieve()
                    .body(String.class);
        }
        catch (RestClientException e) {
            log.warn("WeChat code2Session unreachable: " + e.getClass().getSimpleName());
            throw new WeChatLoginException(HttpStatus.SERVICE_UNAVAILABLE, "WeChat unreachable");
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(body == null ? "" : body);
        }
        catch (JacksonException e) {
            throw new WeChatLoginException(HttpStatus.BAD_GATEWAY, "WeChat answered something that is not JSON");
        }
        int errcode = reply.path("errcode").asInt(0);
        String openid = reply.path("openid").asString("");
        if (errcode != 0 || openid.isBlank()) {
            log.info("WeChat refused a login code: errcode " + errcode);
            throw WeChatLoginException.forErrcode(errcode == 0 ? 40029 : errcode, reply.path("errmsg").asString(""));
        }
        String unionid = reply.path("unionid").asString("");
        return new WeChatIdentity(openid, unionid.isBlank() ? null : unionid);
    }
}
