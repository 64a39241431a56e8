package com.communitysuite.account.wechat;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode    {@code api} to call WeChat, {@code local} for the local suite's stand-in (refused under prod)
 * @param baseUrl WeChat's API root
 * @param timeout how long to wait for WeChat
 * @param apps    each mini-program by surface ({@code mp}, {@code campus}), and the official account of the H5
 *                pages ({@code h5}): its AppID and AppSecret
 */
@ConfigurationProperties("account.wechat")
public record WeChatProperties(String mode, String baseUrl, Duration timeout, Map<String, App> apps) {

    public WeChatProperties {
        mode = mode == null ? "api" : mode;
        baseUrl = baseUrl == null ? "https://api.weixin.qq.com" : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        apps = apps == null ? Map.of() : Map.copyOf(apps);
    }

    /** A mini-program's credentials; the secret comes from the environment. */
    public record App(String appId, String secret) {
    }
}
