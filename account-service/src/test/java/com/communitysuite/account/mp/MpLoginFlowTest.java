package com.communitysuite.account.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/** mp sign-in with the local WeChat stand-in, token refresh with rotation and reuse detection, and the JWKS. */
@AccountServiceTest
class MpLoginFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    TestHttp http;

    @BeforeEach
    void client() {
        http = AsGateway.http(port);
    }

    @Test
    void signInCreatesOneAccountPerWeChatUserInTheDocumentsShape() throws Exception {
        String code = "wx-" + UUID.randomUUID();
        Answer first = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}");
        Answer again = http.postJson("/mp/login", "{\"code\":\"" + code + "\"}");

        assertThat(first.status()).isEqualTo(201);
        JsonNode body = first.json();
        assertThat(body.get("user_id").isIntegralNumber()).isTrue();
        assertThat(body.get("nickname").asString()).matches("USER_[0-9a-f]{8}");
        assertThat(body.get("level").asInt()).isEqualTo(1);
        assertThat(body.get("activity_level").asInt()).isEqualTo(1);
        assertThat(body.has("gitee_name")).isTrue();
        assertThat(body.get("gitee_name").isNull()).isTrue();
        assertThat(body.has("avatar")).isTrue();
        assertThat(body.get("agree_privacy_policy").asBoolean()).isFalse();
        SignedJWT access = SignedJWT.parse(body.get("access").asString());
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(body.get("user_id").asString());
        assertThat(access.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBefore(clock.instant().plus(Duration.ofHours(2)).plusSeconds(5));
        assertThat(again.json().get("user_id").asLong()).isEqualTo(body.get("user_id").asLong());
    }

    @Test
    void refreshRotatesThePairAndReusingAnOldRefreshTokenRevokesTheSession() {
        Answer login = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}");
        String firstRefresh = login.json().get("refresh").asString();

        Answer refreshed = http.postJson("/mp/refresh/", "{\"refresh\":\"" + firstRefresh + "\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("code").asInt()).isEqualTo(200);
        String secondRefresh = refreshed.json().get("refresh").asString();
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        assertThat(refreshed.json().get("access").asString()).isNotBlank();

        Answer reused = http.postJson("/mp/refresh/", "{\"refresh\":\"" + firstRefresh + "\"}");
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json().get("detail").asString()).isEqualTo("invalid refresh");

        Answer afterReuse = http.postJson("/mp/refresh/", "{\"refresh\":\"" + secondRefresh + "\"}");
        assertThat(afterReuse.status()).as("the whole session is revoked").isEqualTo(401);
    }

    @Test
    void anExpiredOrForgedRefreshTokenIsRefused() {
        Answer login = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}");
        String refresh = login.json().get("refresh").asString();

        assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"not-a-jwt\"}").status()).isEqualTo(401);
        assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"" + refresh.substring(0, refresh.length() - 4)
                + "AAAA\"}").status()).isEqualTo(401);
        Answer lacking = http.postJson("/mp/refresh/", "{}");
        assertThat(lacking.status()).isEqualTo(401);
        assertThat(lacking.json().get("detail").asString()).isEqualTo("lack of refresh");

        clock.advance(Duration.ofDays(15));
        try {
            assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"" + refresh + "\"}").status()).isEqualTo(401);
        }
        finally {
            clock.advance(Duration.ofDays(-15));
        }
    }

    @Test
    void aMissingCodeIsAFieldError() {
        Answer missing = http.postJson("/mp/login/", "{}");
        Answer malformed = http.postJson("/mp/login/", "{\"code\":");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").get(0).asString()).isEqualTo("This field is required.");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().has("detail")).isTrue();
    }

    @Test
    void theJwksPublishesTheKeyTokensAreSignedWith() throws Exception {
        Answer login = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}");
        String kid = SignedJWT.parse(login.json().get("access").asString()).getHeader().getKeyID();

        Answer jwks = http.get("/internal/jwks");

        assertThat(jwks.status()).isEqualTo(200);
        JsonNode keys = jwks.json().get("keys");
        assertThat(keys.valueStream().map(k -> k.get("kid").asString())).contains(kid);
        assertThat(keys.valueStream().allMatch(k -> !k.has("d"))).as("no private part").isTrue();
    }
}
