package com.communitysuite.notification.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode  {@code jpush}, or {@code local} for the local outbox file (refused under prod)
 * @param jpush JPush's address and the app's credentials
 */
@ConfigurationProperties("notification.push")
public record PushProperties(String mode, JPush jpush) {

    public PushProperties {
        mode = mode == null ? "jpush" : mode;
        jpush = jpush == null ? new JPush(null, null, null, null, null) : jpush;
    }

    /**
     * @param baseUrl        {@code https://api.jpush.cn} (Beijing data centre: {@code https://bjapi.push.jiguang.cn})
     * @param appKey         the app's key
     * @param masterSecret   its master secret (a secret)
     * @param apnsProduction whether iOS pushes go through APNs production (false: the sandbox)
     * @param timeout        how long to wait for JPush
     */
    public record JPush(String baseUrl, String appKey, String masterSecret, Boolean apnsProduction,
            Duration timeout) {

        public JPush {
            baseUrl = baseUrl == null ? "https://api.jpush.cn" : baseUrl;
            apnsProduction = apnsProduction == null ? Boolean.TRUE : apnsProduction;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }
}
