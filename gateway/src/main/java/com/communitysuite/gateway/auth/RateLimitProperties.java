package com.communitysuite.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param perAddressPerSecond requests one client address may make in a second
 * @param perCallerPerSecond  requests one signed-in caller may make in a second
 */
@ConfigurationProperties("suite.gateway.rate-limit")
public record RateLimitProperties(Integer perAddressPerSecond, Integer perCallerPerSecond) {

    public RateLimitProperties {
        perAddressPerSecond = perAddressPerSecond == null ? 200 : perAddressPerSecond;
        perCallerPerSecond = perCallerPerSecond == null ? 50 : perCallerPerSecond;
    }
}
