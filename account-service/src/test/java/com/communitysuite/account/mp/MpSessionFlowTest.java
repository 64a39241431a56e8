package com.communitysuite.account.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** mp logout, log-off and privacy consent, each taking effect on the caller's tokens. */
@AccountServiceTest
class MpSessionFlowTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    TestHttp http;
    String code;
    JsonNode login;

    @BeforeEach
    void signIn() {
        http = AsGateway.http(port);
        code = "wx-" + UUID.randomUUID();
        login = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json();
    }

    @Test
    void logoutEndsTheSessionsTokens() {
        Answer out = call("POST", "/mp/logout/", login.get("access").asString());

        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("code").asInt()).isEqualTo(200);
        assertThat(out.json().get("msg").asString()).isEqualTo("User logged out");
        assertThat(out.json().has("data")).isTrue();
        assertThat(call("POST", "/mp/logout/", null).status()).as("no signed-in caller").isEqualTo(401);
        assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"" + login.get("refresh").asString() + "\"}").status())
                .isEqualTo(401);
    }

    @Test
    void agreeingIsRecordedOnceAndHandsBackAFreshAccessToken() {
        Answer agreed = call("PUT", "/mp/agree/", login.get("access").asString());

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().get("msg").asString()).isEqualTo("Agree to privacy statement");
        String access = agreed.json().get("access").asString();
        assertThat(access).isNotBlank();
        assertThat(claim(login.get("access").asString(), "privacy_agreed")).isEqualTo(false);
        assertThat(claim(access, "privacy_agreed")).as("the fresh token says so").isEqualTo(true);
        Answer twice = call("PUT", "/mp/agree/", access);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asString()).isEqualTo("用户已签署隐私政策协议");
        assertThat(http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json().get("agree_privacy_policy")
                .asBoolean()).isTrue();
    }

    @Test
    void revokingConsentLogsTheUserOut() {
        Answer revoked = call("POST", "/mp/revoke/", login.get("access").asString());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("msg").asString()).isEqualTo("Revoke agreement of privacy policy");
        assertThat(call("PUT", "/mp/agree/", login.get("access").asString()).status()).isEqualTo(401);
    }

    @Test
    void logOffRemovesTheCredentialsSoTheNextSignInIsANewAccount() {
        Answer off = call("POST", "/mp/logoff/", login.get("access").asString());

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("msg").asString()).isEqualTo("User logged off");
        JsonNode again = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json();
        assertThat(again.get("user_id").asLong()).isNotEqualTo(login.get("user_id").asLong());
    }

    @Test
    void anAdministratorCanNeitherLogOffNorWithdrawConsentAsInTheOriginal() {
        long accountId = login.get("user_id").asLong();
        jdbc.update("INSERT INTO account_levels (account_id, level, activity_level, sponsor, version, updated_at)"
                + " VALUES (?, 1, 3, false, 1, now())", accountId);

        Answer off = call("POST", "/mp/logoff/", login.get("access").asString());
        Answer revoked = call("POST", "/mp/revoke/", login.get("access").asString());

        assertThat(off.status()).isEqualTo(400);
        assertThat(off.json().get("detail").asString()).isEqualTo("管理员当前只有一个，无法注销");
        assertThat(revoked.status()).isEqualTo(400);
        assertThat(revoked.json().get("detail").asString()).isEqualTo("管理员当前只有一个，无法撤销隐私声明");
        assertThat(http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json().get("user_id").asLong())
                .as("still the same account").isEqualTo(accountId);
    }

    @Test
    void withoutTheGatewaysIdentityOfASignedInUserTheseAre401() {
        TestHttp aroundTheGateway = TestHttp.at(port);
        String clientsOwnToken = "Bearer " + login.get("access").asString();

        assertThat(call("POST", "/mp/logout/", null).status()).as("anonymous").isEqualTo(401);
        assertThat(aroundTheGateway.postJson("/mp/logoff/", "{}").status()).as("no identity").isEqualTo(401);
        Answer clientToken = aroundTheGateway.postJson("/mp/logoff/", "{}", "Authorization", clientsOwnToken);
        assertThat(clientToken.status()).as("an access token is not the gateway's identity").isEqualTo(401);
        assertThat(clientToken.json().has("detail")).as("in the mp surface's shape").isTrue();
    }

    private static Object claim(String token, String name) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getClaim(name);
        }
        catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private Answer call(String method, String path, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accessToken != null) {
            request.header("Authorization", AsGateway.identityOf(port, accessToken));
        }
        return http.send(request.build());
    }
}
