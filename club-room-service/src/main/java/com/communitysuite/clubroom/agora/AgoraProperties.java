package com.communitysuite.clubroom.agora;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Agora project whose RTC channels the rooms use.
 *
 * @param appId          the project's App ID (32 hex digits)
 * @param appCertificate its primary certificate (32 hex digits), from the environment
 * @param tokenExpiry    how long a token (and its privileges) lasts
 */
@ConfigurationProperties("club-room.agora")
public record AgoraProperties(String appId, String appCertificate, Duration tokenExpiry) {

    /** The local suite's clearly fake project: tokens it signs are refused by Agora, and prod refuses them. */
    public static final String LOCAL_APP_ID = "10ca1000000000000000000000000000";
    public static final String LOCAL_APP_CERTIFICATE = "10ca1ce7000000000000000000000000";

    public AgoraProperties {
        tokenExpiry = tokenExpiry == null ? Duration.ofHours(24) : tokenExpiry;
    }

    boolean isLocal() {
        return LOCAL_APP_ID.equals(appId) || LOCAL_APP_CERTIFICATE.equals(appCertificate);
    }
}
