package com.communitysuite.activity.wxcode;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode    {@code api} to ask WeChat, {@code local} to draw a QR code here (refused under prod)
 * @param baseUrl WeChat's API root
 * @param appId   the mini-program's AppID
 * @param secret  its AppSecret (from the environment)
 * @param timeout how long to wait for WeChat
 */
@ConfigurationProperties("activity.wechat")
public record MiniProgramCodeProperties(String mode, String baseUrl, String appId, String secret,
        Duration timeout) {

    public MiniProgramCodeProperties {
        mode = mode == null ? "api" : mode;
        baseUrl = baseUrl == null ? "https://api.weixin.qq.com" : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
