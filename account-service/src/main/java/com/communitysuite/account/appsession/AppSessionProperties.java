package com.communitysuite.account.appsession;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param validity how long an app session lasts from sign-in */
@ConfigurationProperties("account.app-session")
public record AppSessionProperties(Duration validity) {

    public AppSessionProperties {
        validity = validity == null ? Duration.ofDays(30) : validity;
    }
}
