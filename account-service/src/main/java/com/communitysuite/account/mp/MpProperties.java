package com.communitysuite.account.mp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param defaultAvatarUrl the avatar a new mini-program user starts with (the original did not fetch WeChat's) */
@ConfigurationProperties("account.mp")
public record MpProperties(String defaultAvatarUrl) {

    public MpProperties {
        defaultAvatarUrl = defaultAvatarUrl == null ? "" : defaultAvatarUrl;
    }
}
