package com.communitysuite.gateway.auth;

import java.time.Duration;
import java.util.List;

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
 * @param app               which app requests need less than a session and a sign, and which end the session
 * @param mp                which mp requests are open, reachable without consent, or end the token session
 * @param campus            which campus requests are open
 */
@ConfigurationProperties("suite.gateway.auth")
public record AuthProperties(String accountService, Duration timestampWindow, Long maxBodyBytes,
        String appDefaultSecret, Duration sessionCacheTtl, Duration keySetRefresh, Duration accessTokenLifetime,
        AppPaths app, TokenPaths mp, TokenPaths campus) {

    public AuthProperties {
        accountService = accountService == null ? "http://account-service" : accountService;
        timestampWindow = timestampWindow == null ? Duration.ofMinutes(5) : timestampWindow;
        maxBodyBytes = maxBodyBytes == null ? 1024L * 1024 : maxBodyBytes;
        appDefaultSecret = appDefaultSecret == null ? "Hx!0k!K}5E.]EoP" : appDefaultSecret;
        sessionCacheTtl = sessionCacheTtl == null ? Duration.ofSeconds(10) : sessionCacheTtl;
        keySetRefresh = keySetRefresh == null ? Duration.ofSeconds(10) : keySetRefresh;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofHours(2) : accessTokenLifetime;
        app = app == null ? new AppPaths(null, null, null, null) : app;
        mp = mp == null ? new TokenPaths(null, null, null) : mp;
        campus = campus == null ? new TokenPaths(null, null, null) : campus;
    }

    /**
     * Entries are {@code [METHOD ]pattern}, see {@link RequestRules}.
     *
     * @param defaultSecretPaths signed with the document's default secret, no session needed (before login)
     * @param unsignedPaths      neither session nor sign (the document's open endpoints, H5 pages)
     * @param sessionEnding      after a 2xx answer the caller's app session is over (logout)
     * @param h5SessionPaths     unsigned H5 pages where the visitor's H5 token (the {@code chaoqer_wx_code} cookie),
     *                           when sent, says who calls
     */
    public record AppPaths(List<String> defaultSecretPaths, List<String> unsignedPaths, List<String> sessionEnding,
            List<String> h5SessionPaths) {

        public AppPaths {
            h5SessionPaths = h5SessionPaths == null ? List.of() : List.copyOf(h5SessionPaths);
            defaultSecretPaths = defaultSecretPaths == null ? List.of() : List.copyOf(defaultSecretPaths);
            unsignedPaths = unsignedPaths == null ? List.of() : List.copyOf(unsignedPaths);
            sessionEnding = sessionEnding == null ? List.of() : List.copyOf(sessionEnding);
        }
    }

    /**
     * Entries are {@code [METHOD ]pattern}, see {@link RequestRules}.
     *
     * @param openPaths      reachable without a token; a token sent anyway still tells the service who calls
     * @param withoutConsent reachable by a user who has not agreed to the privacy policy (mp)
     * @param sessionEnding  after a 2xx answer the caller's token session is over (logout, log-off, revoke)
     */
    public record TokenPaths(List<String> openPaths, List<String> withoutConsent, List<String> sessionEnding) {

        public TokenPaths {
            openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
            withoutConsent = withoutConsent == null ? List.of() : List.copyOf(withoutConsent);
            sessionEnding = sessionEnding == null ? List.of() : List.copyOf(sessionEnding);
        }
    }
}
