package com.communitysuite.account.wechat;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * {@code sns/oauth2/access_token} of the official account the H5 pages are served for, as {@link WeChatApi} speaks
 * it: only the openid (and a unionid when WeChat gives one) is used; the web access and refresh tokens it answers
 * with are never kept or logged.
 */
public class WeChatApiWebLogins implements WeChatWebLogins {

    private final WeChatApi api;
    private final WeChatProperties.App app;

    public WeChatApiWebLogins(String baseUrl, Duration timeout, WeChatProperties.App app) {
        if (app == null || app.appId() == null || app.secret() == null) {
            throw new IllegalStateException("The H5 official account's app-id and secret are required to call WeChat");
        }
        this.api = new WeChatApi(baseUrl, timeout);
        this.app = app;
    }

    @Override
    public WeChatWebIdentity exchange(String code) {
        JsonNode reply = api.get("sns/oauth2/access_token", uri -> uri.path("/sns/oauth2/access_token")
                .queryParam("appid", app.appId())
                .queryParam("secret", app.secret())
                .queryParam("code", code)
                .queryParam("grant_type", "authorization_code")
                .build(), "openid");
        String unionid = reply.path("unionid").asString("");
        return new WeChatWebIdentity(reply.path("openid").asString(), unionid.isBlank() ? null : unionid,
                reply.path("is_snapshotuser").asInt(0) == 1);
    }
}
