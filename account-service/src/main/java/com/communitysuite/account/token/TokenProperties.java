package com.communitysuite.account.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer           the {@code iss} of every token
 * @param accessValidity   lifetime of an access token
 * @param refreshValidity  lifetime of a refresh token
 * @param keyRotation      age at which the signing key is replaced by a new one
 */
@ConfigurationProperties("account.tokens")
public record TokenProperties(String issuer, Duration accessValidity, Duration refreshValidity, Duration keyRotation) {

    public TokenProperties {
        issuer = issuer == null ? "account-service" : issuer;
        accessValidity = accessValidity == null ? Duration.ofHours(2) : accessValidity;
        refreshValidity = refreshValidity == null ? Duration.ofDays(14) : refreshValidity;
        keyRotation = keyRotation == null ? Duration.ofDays(30) : keyRotation;
    }

    /** A retired key is published as long as a token it signed can still be presented. */
    Duration keyPublication() {
        return keyRotation.plus(refreshValidity).plus(accessValidity);
    }
}
