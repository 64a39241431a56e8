package com.communitysuite.notification.wechat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode              {@code api}, or {@code local} for the local outbox file (refused under prod)
 * @param baseUrl           WeChat's API root
 * @param appId             the meeting mini-program's AppID
 * @param appSecret         its AppSecret (a secret)
 * @param meetingReminder   the subscription template of "a meeting starts soon" (thing7 topic, date2 time, thing6)
 * @param meetingCancelled  the template of "a meeting was cancelled" (thing1 topic, time2 time, thing4)
 * @param miniprogramState  which version of the mini-program the message opens: formal, trial or developer
 * @param timeout           how long to wait for WeChat
 */
@ConfigurationProperties("notification.wechat")
public record WechatProperties(String mode, String baseUrl, String appId, String appSecret, String meetingReminder,
        String meetingCancelled, String miniprogramState, Duration timeout) {

    public WechatProperties {
        mode = mode == null ? "api" : mode;
        baseUrl = baseUrl == null ? "https://api.weixin.qq.com" : baseUrl;
        miniprogramState = miniprogramState == null ? "formal" : miniprogramState;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
