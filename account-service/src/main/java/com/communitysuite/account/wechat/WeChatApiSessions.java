package com.communitysuite.account.wechat;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

/** auth.code2Session over HTTPS, as {@link WeChatApi} speaks it. The session key is never kept or logged. */
public class WeChatApiSessions implements WeChatSessions {

    private final WeChatApi api;
    private final WeChatProperties.App app;

    public WeChatApiSessions(String baseUrl, Duration timeout, WeChatProperties.App app) {
        if (app == null || app.appId() == null || app.secret() == null) {
            throw new IllegalStateException("A mini-program's app-id and secret are required to call WeChat");
        }
        this.api = new WeChatApi(baseUrl, timeout);
        this.app = app;
    }

    @Override
    public WeChatIdentity exchange(String code) {
        JsonNode reply = api.get("code2Session", uri -> uri.path("/sns/jscode2session")
                .queryParam("appid", app.appId())
                .queryParam("secret", app.secret())
                .queryParam("js_code", code)
                .queryParam("grant_type", "authorization_code")
                .build(), "openid");
        String unionid = reply.path("unionid").asString("");
        return new WeChatIdentity(reply.path("openid").asString(), unionid.isBlank() ? null : unionid);
    }
}
