package com.communitysuite.account.wechat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode    {@code api} to call WeChat, {@code local} for the local suite's stand-in (refused under prod)
 * @param baseUrl WeChat's API root
 * @param appId   the mini-program's AppID
 * @param secret  the mini-program's AppSecret, from the environment
 * @param timeout how long to wait for WeChat
 */
@ConfigurationProperties("account.wechat")
public record WeChatProperties(String mode, String baseUrl, String appId, String secret, Duration timeout) {

    public WeChatProperties {
        mode = mode == null ? "api" : mode;
        baseUrl = baseUrl == null ? "https://api.weixin.qq.com" : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
