package com.communitysuite.clubroom.h5;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official account whose JS-SDK the H5 share pages use.
 *
 * @param mode    {@code api} to ask WeChat, {@code local} for the local suite's stand-in (refused under prod)
 * @param baseUrl WeChat's API root
 * @param appId   the official account's AppID
 * @param secret  its AppSecret, from the environment
 * @param timeout how long to wait for WeChat
 */
@ConfigurationProperties("club-room.h5.wechat")
public record H5WeChatProperties(String mode, String baseUrl, String appId, String secret, Duration timeout) {

    public H5WeChatProperties {
        mode = mode == null ? "api" : mode;
        baseUrl = baseUrl == null ? "https://api.weixin.qq.com" : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
