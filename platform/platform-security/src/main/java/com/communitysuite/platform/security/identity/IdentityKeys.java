package com.communitysuite.platform.security.identity;

import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The gateway's identity-signing key (a private P-256 JWK) and the public keys services accept (a JWK set, which
 * holds the old and the new key while one is rotated). Both come from configuration, that is from secrets.
 */
public final class IdentityKeys {

    private IdentityKeys() {
    }

    /** A new P-256 signing key with a random key id (the local launcher's and the tests'). */
    public static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("no P-256 key generator in this JVM", e);
        }
    }

    /** @throws IllegalArgumentException unless the text is a private P-256 JWK with a key id */
    public static ECKey signingKey(String jwkJson) {
        if (jwkJson == null || jwkJson.isBlank()) {
            throw new IllegalArgumentException("no identity signing key is configured (suite.identity.signing-key)");
        }
        try {
            ECKey key = ECKey.parse(jwkJson.trim());
            if (!key.isPrivate() || key.getKeyID() == null || !Curve.P_256.equals(key.getCurve())) {
                throw new IllegalArgumentException("the identity signing key must be a private P-256 JWK with a kid");
            }
            return key;
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("the identity signing key is not a JWK", e);
        }
    }

    /**
     * @param json a JWK set, or a single JWK
     * @throws IllegalArgumentException unless it holds at least one key, all of them public
     */
    public static JWKSet verificationKeys(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(
                    "no identity verification keys are configured (suite.identity.verification-keys)");
        }
        try {
            String trimmed = json.trim();
            JWKSet keys = trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed)
                    : new JWKSet(ECKey.parse(trimmed));
            if (keys.isEmpty() || keys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
                throw new IllegalArgumentException("identity verification keys must be public keys, at least one");
            }
            return keys;
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("the identity verification keys are not a JWK set", e);
        }
    }
}
