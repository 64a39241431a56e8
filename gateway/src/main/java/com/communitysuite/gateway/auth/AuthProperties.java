package com.communitysuite.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param accountService    where sessions and signing keys are looked up (load-balanced through discovery)
 * @param timestampWindow   how far an app request's {@code ts} may be from now, either way; also how long a
 *                          {@code sign} is remembered to refuse replays
 * @param maxBodyBytes      the largest request body the gateway reads or forwards
 * @param appDefaultSecret  the document's secret for app requests made before login
 * @param sessionCacheTtl   how long an app session found at account-service is trusted without asking again
 * @param keySetRefresh     the least time between two fetches of account-service's signing keys
 * @param accessTokenLifetime how long account-service's access tokens live: how long a revocation is remembered
 */
@ConfigurationProperties("suite.gateway.auth")
public record AuthProperties(String accountService, Duration timestampWindow, Long maxBodyBytes,
        String appDefaultSecret, Duration sessionCacheTtl, Duration keySetRefresh, Duration accessTokenLifetime) {

    public AuthProperties {
        accountService = accountService == null ? "http://account-service" : accountService;
        timestampWindow = timestampWindow == null ? Duration.ofMinutes(5) : timestampWindow;
        maxBodyBytes = maxBodyBytes == null ? 1024L * 1024 : maxBodyBytes;
        appDefaultSecret = appDefaultSecret == null ? "Hx!0k!K}5E.]EoP" : appDefaultSecret;
        sessionCacheTtl = sessionCacheTtl == null ? Duration.ofSeconds(10) : sessionCacheTtl;
        keySetRefresh = keySetRefresh == null ? Duration.ofSeconds(10) : keySetRefresh;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofHours(2) : accessTokenLifetime;
    }
}
