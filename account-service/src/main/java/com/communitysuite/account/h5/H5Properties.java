package com.communitysuite.account.h5;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedOrigins  the H5 pages' origins a WeChat web login may return to, as CORS origin patterns
 *                        ({@code https://h5.example.com}, {@code http://localhost:*}); nothing else is redirected to
 * @param secureCookie    whether the session cookie is {@code Secure} (HTTPS only): on in prod
 * @param sessionValidity how long an H5 session lasts (the original's 30 days)
 */
@ConfigurationProperties("suite.h5")
public record H5Properties(List<String> allowedOrigins, boolean secureCookie, Duration sessionValidity) {

    public H5Properties {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).toList();
        if (allowedOrigins.contains("*")) {
            throw new IllegalArgumentException("suite.h5.allowed-origins names the H5 origins: '*' would redirect"
                    + " a signed-in visitor anywhere");
        }
        sessionValidity = sessionValidity == null ? Duration.ofDays(30) : sessionValidity;
    }
}
