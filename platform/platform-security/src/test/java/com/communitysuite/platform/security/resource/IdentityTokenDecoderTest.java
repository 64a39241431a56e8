package com.communitysuite.platform.security.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.communitysuite.platform.security.identity.IdentityClaims;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityProperties;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/** Services accept the gateway's identity tokens, and only those, only while they are valid. */
class IdentityTokenDecoderTest {

    private static final ECKey GATEWAY_KEY = IdentityKeys.generate();
    private static final ECKey NEXT_KEY = IdentityKeys.generate();
    private final JwtDecoder decoder = IdentityTokenDecoder.of(new IdentityProperties(null,
            new JWKSet(List.of(GATEWAY_KEY.toPublicJWK(), NEXT_KEY.toPublicJWK())).toString(), null,
            Duration.ofSeconds(30), null, null));

    @Test
    void aTokenOfTheGatewayCarriesTheWholeIdentity() {
        SuiteIdentity sent = SuiteIdentity.account(42, "u-42", "s-1", "mp", Set.of("user", "admin"),
                Map.of("level", 2)).withClient(1, "2.3.0");

        SuiteIdentity received = IdentityClaims.read(decoder.decode(signer(GATEWAY_KEY, Clock.systemUTC())
                .sign(sent)).getClaims());

        assertThat(received).isEqualTo(sent);
    }

    @Test
    void duringARotationTokensOfEitherConfiguredKeyPass() {
        String token = signer(NEXT_KEY, Clock.systemUTC()).sign(SuiteIdentity.anonymous("app"));

        assertThat(decoder.decode(token).getSubject()).isEqualTo("anonymous");
    }

    @Test
    void aTokenOfAnotherKeyAnExpiredOneAndAnUnsignedOneAreRefused() {
        String otherKey = signer(IdentityKeys.generate(), Clock.systemUTC()).sign(SuiteIdentity.anonymous("app"));
        String expired = signer(GATEWAY_KEY, Clock.fixed(Instant.now().minusSeconds(120), ZoneOffset.UTC))
                .sign(SuiteIdentity.anonymous("app"));
        String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwia2luZCI6ImFjY291bnQifQ.";

        assertThatThrownBy(() -> decoder.decode(otherKey)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(unsigned)).isInstanceOf(JwtException.class);
    }

    @Test
    void aVerifiedTokenIsRememberedOnlyUntilItExpires() {
        Instant now = Instant.now();
        String token = signer(GATEWAY_KEY, Clock.fixed(now.minusSeconds(50), ZoneOffset.UTC))
                .sign(SuiteIdentity.anonymous("app"));
        MutableClock clock = new MutableClock(now);
        int[] verifications = { 0 };
        JwtDecoder cached = new VerifiedTokenCache(t -> {
            verifications[0]++;
            return decoder.decode(t);
        }, Duration.ofSeconds(60), clock);

        cached.decode(token);
        cached.decode(token);
        assertThat(verifications[0]).isEqualTo(1);

        clock.now = now.plusSeconds(11);
        cached.decode(token);
        assertThat(verifications[0]).as("past its expiry the token is checked again, not served from memory")
                .isEqualTo(2);
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aServiceKeySignsOnlyServiceIdentities() {
        ECKey serviceKey = IdentityKeys.generate();
        JwtDecoder withServiceKeys = IdentityTokenDecoder.of(new IdentityProperties(null,
                new JWKSet(GATEWAY_KEY.toPublicJWK()).toString(), null, Duration.ofSeconds(30), null,
                new JWKSet(serviceKey.toPublicJWK()).toString()));
        IdentityTokenSigner service = signer(serviceKey, Clock.systemUTC());

        assertThat(withServiceKeys.decode(service.sign(SuiteIdentity.service("meeting-service"))).getSubject())
                .isEqualTo("service:meeting-service");
        assertThatThrownBy(() -> withServiceKeys.decode(service.sign(SuiteIdentity.account(1, "u1", null, "mp",
                Set.of("user", "admin"), Map.of())))).as("a service cannot speak for a user")
                .isInstanceOf(JwtException.class);
        assertThat(withServiceKeys.decode(signer(GATEWAY_KEY, Clock.systemUTC()).sign(SuiteIdentity.account(1, "u1",
                null, "mp", Set.of("user"), Map.of()))).getSubject()).isEqualTo("1");
    }

    @Test
    void aServiceHasItsOwnIdentityOnlyWithAKey() {
        ECKey serviceKey = IdentityKeys.generate();

        assertThat(new ServiceIdentityTokens(null, "user-service", Duration.ofSeconds(60), Clock.systemUTC())
                .token()).isEmpty();
        String token = new ServiceIdentityTokens(serviceKey.toJSONString(), "user-service", Duration.ofSeconds(60),
                Clock.systemUTC()).token().orElseThrow();
        JwtDecoder withServiceKeys = IdentityTokenDecoder.of(new IdentityProperties(null,
                new JWKSet(GATEWAY_KEY.toPublicJWK()).toString(), null, Duration.ofSeconds(30), null,
                new JWKSet(serviceKey.toPublicJWK()).toString()));
        assertThat(withServiceKeys.decode(token).getClaimAsString("kind")).isEqualTo("service");
    }

    @Test
    void aPrivateKeyIsNotAcceptedAsAVerificationKey() {
        assertThatThrownBy(() -> IdentityKeys.verificationKeys(GATEWAY_KEY.toJSONString()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityKeys.signingKey(GATEWAY_KEY.toPublicJWK().toJSONString()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IdentityTokenSigner signer(ECKey key, Clock clock) {
        return new IdentityTokenSigner(key, Duration.ofSeconds(60), clock);
    }
}
