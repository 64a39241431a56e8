package com.communitysuite.account.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.communitysuite.platform.test.TestIdentities;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * The gateway renews an mp caller's access token through {@code POST /internal/token-sessions/{sessionId}/access}:
 * a token of the same session with the claims sign-in gives, the refresh token left as it is.
 */
@AccountServiceTest
class TokenSessionAccessTest {

    @LocalServerPort
    int port;
    TestHttp http;
    JsonNode login;
    JWTClaimsSet signedIn;

    @BeforeEach
    void signIn() throws Exception {
        http = AsGateway.http(port);
        login = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json();
        signedIn = SignedJWT.parse(login.get("access").asString()).getJWTClaimsSet();
    }

    @Test
    void aNewAccessTokenOfTheSameSessionWithTheClaimsOfSignIn() throws Exception {
        Answer renewed = renew(signedIn.getStringClaim("sid"), login.get("user_id").asLong());

        assertThat(renewed.status()).isEqualTo(200);
        SignedJWT access = SignedJWT.parse(renewed.json().get("access").asString());
        JWTClaimsSet claims = access.getJWTClaimsSet();
        Map<String, Object> expected = new HashMap<>(signedIn.getClaims());
        Map<String, Object> actual = new HashMap<>(claims.getClaims());
        for (String differs : new String[] { "jti", "iat", "exp" }) {
            expected.remove(differs);
            actual.remove(differs);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(claims.getJWTID()).isNotEqualTo(signedIn.getJWTID());
        assertThat(Instant.parse(renewed.json().get("expiresAt").asString()))
                .isEqualTo(claims.getExpirationTime().toInstant());
        JWKSet published = JWKSet.parse(http.get("/internal/jwks").body());
        assertThat(access.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(access.getHeader().getKeyID()))))
                .isTrue();
        assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"" + login.get("refresh").asString() + "\"}")
                .status()).as("the refresh token was not used up").isEqualTo(200);
    }

    @Test
    void theRenewedTokenSaysWhatTheAccountAgreedToSince() throws Exception {
        String identity = AsGateway.identityOf(port, login.get("access").asString());
        assertThat(http.putJson("/mp/agree/", "", "Authorization", identity).status()).isEqualTo(200);

        Answer renewed = renew(signedIn.getStringClaim("sid"), login.get("user_id").asLong());

        assertThat(SignedJWT.parse(renewed.json().get("access").asString()).getJWTClaimsSet()
                .getBooleanClaim("privacy_agreed")).isTrue();
    }

    @Test
    void anUnknownRevokedOrSomeoneElsesSessionIsA404() {
        String sid = signedIn.getClaim("sid").toString();
        long accountId = login.get("user_id").asLong();

        assertThat(renew(UUID.randomUUID().toString(), accountId).status()).isEqualTo(404);
        assertThat(renew(sid, accountId + 1).status()).isEqualTo(404);
        String identity = AsGateway.identityOf(port, login.get("access").asString());
        assertThat(http.postJson("/mp/logout/", "{}", "Authorization", identity).status()).isEqualTo(200);
        assertThat(renew(sid, accountId).status()).as("revoked by the logout").isEqualTo(404);
    }

    @Test
    void badInputIsA400AndOnlyAServiceMayAsk() {
        String sid = signedIn.getClaim("sid").toString();
        long accountId = login.get("user_id").asLong();
        String path = "/internal/token-sessions/" + sid + "/access";

        assertThat(renew("not-a-session", accountId).status()).isEqualTo(400);
        assertThat(http.postJson(path, "{}").status()).isEqualTo(400);
        assertThat(http.postJson(path, "{\"accountId\":\"twelve\"}").status()).isEqualTo(400);
        assertThat(http.postJson(path, "{\"accountId\":").status()).isEqualTo(400);
        String body = "{\"accountId\":" + accountId + "}";
        assertThat(http.postJson(path, body, "Authorization", AsGateway.identityOf(port,
                login.get("access").asString())).status()).as("the user's own identity, forwarded").isEqualTo(403);
        assertThat(http.postJson(path, body, "Authorization", TestIdentities.anonymous("mp")).status())
                .isEqualTo(403);
    }

    private Answer renew(String sessionId, long accountId) {
        return http.postJson("/internal/token-sessions/" + sessionId + "/access", "{\"accountId\":" + accountId + "}");
    }
}
