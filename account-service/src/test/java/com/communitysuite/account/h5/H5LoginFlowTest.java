package com.communitysuite.account.h5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/**
 * H5 WeChat web login with the local WeChat stand-in: the code becomes an H5 token in the {@code chaoqer_wx_code}
 * cookie and the browser goes back to the page; the gateway looks the token up.
 */
@AccountServiceTest
class H5LoginFlowTest {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final String PAGE = "http://localhost:3000/h5/room/8d2f?from=share";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    TestHttp http;

    @BeforeEach
    void client() {
        http = AsGateway.http(port);
    }

    @Test
    void theVisitorOfAnAccountGetsAnH5TokenAndGoesBackToThePage() throws Exception {
        String code = "h5-" + UUID.randomUUID();
        JsonNode mpUser = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json();

        HttpResponse<String> redirect = redirect(code, PAGE);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).contains(PAGE);
        assertThat(redirect.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
        String setCookie = redirect.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(H5LoginController.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/h5", "Max-Age=2592000")
                .as("Secure only under prod").doesNotContain("Secure");
        String token = cookieValue(setCookie);
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM h5_session WHERE token_hash = ?", Integer.class, token))
                .as("only the hash is kept").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM h5_session WHERE token_hash = ?", Integer.class,
                Hashing.sha256Hex(token))).isEqualTo(1);

        Answer visitor = lookUp(token);
        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.json().get("accountId").asLong()).isEqualTo(mpUser.get("user_id").asLong());
        assertThat(visitor.json().get("uid").asString()).matches("[0-9a-f]{32}");
        assertThat(visitor.json().get("openid").asString()).isEqualTo("local-" + code);
    }

    @Test
    void aVisitorWithoutAnAccountIsKnownByOpenidOnlyUntilTheSessionExpires() throws Exception {
        String code = "h5-" + UUID.randomUUID();
        String token = cookieValue(redirect(code, "https://h5.example.test/h5/club/3").headers()
                .firstValue("Set-Cookie").orElseThrow());

        Answer visitor = lookUp(token);
        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.json().get("accountId").isNull()).isTrue();
        assertThat(visitor.json().get("uid").isNull()).isTrue();
        assertThat(visitor.json().get("openid").asString()).isEqualTo("local-" + code);

        long accountId = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json().get("user_id").asLong();
        assertThat(lookUp(token).json().get("accountId").asLong()).as("a later mini-program sign-in links it")
                .isEqualTo(accountId);

        clock.advance(Duration.ofDays(30).plusSeconds(1));
        try {
            assertThat(lookUp(token).status()).isEqualTo(404);
        }
        finally {
            clock.advance(Duration.ofDays(-30).minusSeconds(1));
        }
    }

    @Test
    void logOffEndsTheAccountsH5Sessions() throws Exception {
        String code = "h5-" + UUID.randomUUID();
        String access = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json().get("access").asString();
        String token = cookieValue(redirect(code, PAGE).headers().firstValue("Set-Cookie").orElseThrow());
        String identity = AsGateway.identityOf(port, access);

        assertThat(http.postJson("/mp/logoff/", "{}", "Authorization", identity).status()).isEqualTo(200);

        assertThat(lookUp(token).status()).isEqualTo(404);
    }

    @Test
    void aReturnAddressOutsideTheH5OriginsIsAnApp400AndNoSessionIsOpened() throws Exception {
        String code = "h5-" + UUID.randomUUID();
        for (String state : List.of("https://evil.example.com/h5/room/1", "//evil.example.com/", "/h5/room/1",
                "http://localhost:3000@evil.example.com/")) {
            HttpResponse<String> refused = redirect(code, state);

            assertThat(refused.statusCode()).as(state).isEqualTo(400);
            assertThat(refused.headers().firstValue("Location")).isEmpty();
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(refused.body()).contains("\"message\":\"Params Not Valid\"", "\"state\"");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM h5_session WHERE openid = ?", Integer.class,
                "local-" + code)).isZero();
    }

    @Test
    void aMissingOrTooLongCodeIsAnApp400() throws Exception {
        HttpResponse<String> missing = get("/h5/redirect?state=" + encode(PAGE));
        HttpResponse<String> tooLong = redirect("c".repeat(129), PAGE);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"code\"");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAServiceLooksTokensUpAndAnUnknownOneIsA404() throws Exception {
        String token = cookieValue(redirect("h5-" + UUID.randomUUID(), PAGE).headers().firstValue("Set-Cookie")
                .orElseThrow());

        assertThat(lookUp("f".repeat(64)).status()).isEqualTo(404);
        assertThat(http.postJson("/internal/h5-sessions/lookup", "{\"token\":\"" + token + "\"}", "Authorization",
                TestIdentities.account(1, "2701a6fbd0464da99789c9ad1ca1c654", "app")).status()).isEqualTo(403);
        assertThat(http.postJson("/internal/h5-sessions/lookup", "{\"token\":\"" + token + "\"}", "Authorization",
                TestIdentities.anonymous("app")).status()).isEqualTo(403);
        assertThat(http.postJson("/internal/h5-sessions/lookup", "{}").status()).isEqualTo(400);
    }

    private HttpResponse<String> redirect(String code, String state) throws Exception {
        return get("/h5/redirect?code=" + encode(code) + "&state=" + encode(state));
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", TestIdentities.anonymous("app")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Answer lookUp(String token) {
        return http.postJson("/internal/h5-sessions/lookup", "{\"token\":\"" + token + "\"}");
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
