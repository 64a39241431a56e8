package com.communitysuite.platform.security.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signingKey       the gateway's private P-256 JWK (gateway only; a secret)
 * @param verificationKeys the public JWK set services verify identity tokens with (the current gateway key, and
 *                         during a rotation the next one too)
 * @param tokenValidity    how long an identity token the gateway signs is valid
 * @param clockSkew        how far the clocks of gateway and services may differ
 * @param serviceSigningKey the private P-256 JWK a service signs its own {@code service} identity with, for calls it
 *                         makes on its own behalf (a job, a consumer, a public endpoint); a secret
 * @param serviceVerificationKeys the public JWK set of the services' signing keys: a token signed with one of them
 *                         is accepted only as a {@code service} identity
 */
@ConfigurationProperties("suite.identity")
public record IdentityProperties(String signingKey, String verificationKeys, Duration tokenValidity,
        Duration clockSkew, String serviceSigningKey, String serviceVerificationKeys) {

    public IdentityProperties {
        tokenValidity = tokenValidity == null ? Duration.ofSeconds(60) : tokenValidity;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
