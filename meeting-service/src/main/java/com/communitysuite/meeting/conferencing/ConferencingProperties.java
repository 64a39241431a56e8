package com.communitysuite.meeting.conferencing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The meeting platforms: {@code mode} {@code api} (the real adapters) or {@code local} (the stand-in, not in prod);
 * each platform with its pool of host accounts (a platform without hosts is not offered) and its credentials.
 */
@ConfigurationProperties("meeting.platforms")
public record ConferencingProperties(String mode, Zoom zoom, Tencent tencent, Welink welink) {

    public ConferencingProperties {
        mode = mode == null ? "api" : mode;
        zoom = zoom == null ? new Zoom(null, null, null, null, null, null) : zoom;
        tencent = tencent == null ? new Tencent(null, null, null, null, null, null, null) : tencent;
        welink = welink == null ? new Welink(null, null, null, null) : welink;
    }

    /** Zoom Server-to-Server OAuth: the app's account id, client id and secret. */
    public record Zoom(List<String> hosts, String oauthUrl, String apiUrl, String accountId, String clientId,
            String clientSecret) {

        public Zoom {
            hosts = hosts == null ? List.of() : hosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
            oauthUrl = oauthUrl == null ? "https://zoom.us" : oauthUrl;
            apiUrl = apiUrl == null ? "https://api.zoom.us" : apiUrl;
        }
    }

    /** Tencent Meeting's enterprise self-built app (AK/SK): SecretId, SecretKey, enterprise AppId, SdkId. */
    public record Tencent(List<String> hosts, String baseUrl, String secretId, String secretKey, String appId,
            String sdkId, String hostKey) {

        public Tencent {
            hosts = hosts == null ? List.of() : hosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
            baseUrl = baseUrl == null ? "https://api.meeting.qq.com" : baseUrl;
        }
    }

    /** Huawei Cloud Meeting (WeLink) App ID authentication: the app id and its key. */
    public record Welink(List<String> hosts, String baseUrl, String appId, String appKey) {

        public Welink {
            hosts = hosts == null ? List.of() : hosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
            baseUrl = baseUrl == null ? "https://api.meeting.huaweicloud.com" : baseUrl;
        }
    }
}
