package com.communitysuite.notification.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode   {@code aliyun}, or {@code local} for the local outbox file (refused under prod)
 * @param aliyun the Dysms account, signature name and captcha template
 */
@ConfigurationProperties("notification.sms")
public record SmsProperties(String mode, Aliyun aliyun) {

    public SmsProperties {
        mode = mode == null ? "aliyun" : mode;
        aliyun = aliyun == null ? new Aliyun(null, null, null, null, null, null, null) : aliyun;
    }

    /**
     * @param baseUrl         {@code https://dysmsapi.aliyuncs.com}
     * @param regionId        {@code cn-hangzhou}
     * @param accessKeyId     the RAM user's key id
     * @param accessKeySecret its secret
     * @param signName        the approved signature name (签名)
     * @param templateCode    the captcha template with the parameter {@code code}
     * @param timeout         how long to wait for Aliyun
     */
    public record Aliyun(String baseUrl, String regionId, String accessKeyId, String accessKeySecret, String signName,
            String templateCode, Duration timeout) {

        public Aliyun {
            baseUrl = baseUrl == null ? "https://dysmsapi.aliyuncs.com" : baseUrl;
            regionId = regionId == null ? "cn-hangzhou" : regionId;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }
}
