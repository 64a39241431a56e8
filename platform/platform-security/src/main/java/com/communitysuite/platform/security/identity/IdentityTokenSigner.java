package com.communitysuite.platform.security.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;

/** Signs the short-lived identity token the gateway puts on every request it forwards. */
public final class IdentityTokenSigner {

    private final JWSSigner signer;
    private final JWSHeader header;
    private final Duration validity;
    private final Clock clock;

    public IdentityTokenSigner(ECKey key, Duration validity, Clock clock) {
        this.signer = Es256.signer(key);
        this.header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build();
        this.validity = validity;
        this.clock = clock;
    }

    public String sign(SuiteIdentity identity) {
        Instant now = clock.instant();
        SignedJWT jwt = new SignedJWT(header, IdentityClaims.write(identity, now, now.plus(validity)));
        try {
            jwt.sign(signer);
        }
        catch (JOSEException e) {
            throw new IllegalStateException("could not sign an identity token", e);
        }
        return jwt.serialize();
    }

    public Duration validity() {
        return validity;
    }
}
