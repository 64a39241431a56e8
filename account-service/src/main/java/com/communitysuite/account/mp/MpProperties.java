package com.communitysuite.account.mp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultAvatarUrl     the avatar a new mini-program user starts with (the original did not fetch WeChat's)
 * @param privacyPolicyVersion the privacy policy a user agrees to now
 */
@ConfigurationProperties("account.mp")
public record MpProperties(String defaultAvatarUrl, String privacyPolicyVersion) {

    public MpProperties {
        defaultAvatarUrl = defaultAvatarUrl == null ? "" : defaultAvatarUrl;
        privacyPolicyVersion = privacyPolicyVersion == null ? "v1" : privacyPolicyVersion;
    }
}
