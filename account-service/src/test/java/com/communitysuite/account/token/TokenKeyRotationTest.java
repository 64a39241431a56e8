package com.communitysuite.account.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/** A key older than the rotation age is replaced, and tokens it signed keep working until they expire. */
@AccountServiceTest
class TokenKeyRotationTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void rotationSignsWithANewKeyAndStillPublishesTheOld() throws Exception {
        TestHttp http = AsGateway.http(port);
        String before = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json()
                .get("refresh").asString();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        clock.advance(Duration.ofDays(31));
        try {
            var after = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json();
            String newKid = SignedJWT.parse(after.get("access").asString()).getHeader().getKeyID();

            assertThat(newKid).isNotEqualTo(oldKid);
            var jwks = http.get("/internal/jwks").json().get("keys");
            assertThat(jwks.valueStream().map(k -> k.get("kid").asString())).contains(oldKid, newKid);
            JWKSet published = JWKSet.parse(http.get("/internal/jwks").body());
            for (String token : new String[] { before, after.get("access").asString() }) {
                SignedJWT jwt = SignedJWT.parse(token);
                ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
                assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
            }
        }
        finally {
            clock.advance(Duration.ofDays(-31));
        }
    }
}
