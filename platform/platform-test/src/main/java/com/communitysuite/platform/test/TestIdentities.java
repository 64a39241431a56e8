package com.communitysuite.platform.test;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.IdentityClaims;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The gateway's identity tokens as tests need them: one signing key per test JVM, which the test contexts are
 * configured with, and tokens for any caller.
 */
public final class TestIdentities {

    private static final ECKey KEY = IdentityKeys.generate();
    private static final ECKey SERVICE_KEY = IdentityKeys.generate();
    private static final IdentityTokenSigner SIGNER = new IdentityTokenSigner(KEY, Duration.ofMinutes(30),
            Clock.systemUTC());

    private TestIdentities() {
    }

    /** For a gateway under test: {@code suite.identity.signing-key}. */
    public static String signingKey() {
        return KEY.toJSONString();
    }

    /** For a service under test: {@code suite.identity.verification-keys}. */
    public static String verificationKeys() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** For a service under test: {@code suite.identity.service-signing-key}, its own identity's key. */
    public static String serviceSigningKey() {
        return SERVICE_KEY.toJSONString();
    }

    /** For a service under test: {@code suite.identity.service-verification-keys}. */
    public static String serviceVerificationKeys() {
        return new JWKSet(SERVICE_KEY.toPublicJWK()).toString();
    }

    /** An {@code Authorization} header value carrying the identity. */
    public static String bearer(SuiteIdentity identity) {
        return "Bearer " + SIGNER.sign(identity);
    }

    public static String anonymous(String surface) {
        return bearer(SuiteIdentity.anonymous(surface));
    }

    public static String account(long accountId, String uid, String surface, String... roles) {
        Set<String> granted = roles.length == 0 ? Set.of(SuiteIdentity.ROLE_USER) : Set.of(roles);
        return bearer(SuiteIdentity.account(accountId, uid, null, surface, granted, Map.of()));
    }

    /** The identity in an {@code Authorization: Bearer} header a gateway under test sent, checked with the key. */
    public static SuiteIdentity verify(String authorization) {
        return verify(authorization, KEY);
    }

    /** The identity in an {@code Authorization: Bearer} header a service under test sent on its own behalf. */
    public static SuiteIdentity verifyService(String authorization) {
        return verify(authorization, SERVICE_KEY);
    }

    private static SuiteIdentity verify(String authorization, ECKey key) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AssertionError("no bearer identity token: " + authorization);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7));
            if (!jwt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                throw new AssertionError("identity token not signed with the expected key");
            }
            return IdentityClaims.read(jwt.getJWTClaimsSet());
        }
        catch (ParseException | JOSEException e) {
            throw new AssertionError("not an identity token: " + authorization, e);
        }
    }
}
