package com.communitysuite.account.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

/** Campus sign-in: WeChat users, password super users (the first from configuration), and admin-only register/. */
@AccountServiceTest
class CampusLoginFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    TestHttp http;

    @BeforeEach
    void client() {
        http = AsGateway.http(port);
    }

    @Test
    void aWeChatUserSignsInAndIsToldWhetherTheyAreNew() {
        String code = "campus-" + UUID.randomUUID();
        Answer first = http.postJson("/campus/userLogin/", "{\"code\":\"" + code + "\"}");
        Answer again = http.postJson("/campus/userLogin/", "{\"code\":\"" + code + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asInt()).isZero();
        assertThat(first.json().get("userExist").asInt()).isZero();
        assertThat(first.json().get("token").asString()).isNotBlank();
        assertThat(first.json().get("email").isString()).as("the document's empty string, not null").isTrue();
        assertThat(first.json().get("email").asString()).isEmpty();
        assertThat(first.json().get("id").isIntegralNumber()).isTrue();
        for (String text : new String[] { "token", "avatar", "sign", "name" }) {
            assertThat(first.json().get(text).isString()).as(text).isTrue();
        }
        assertThat(again.json().get("userExist").asInt()).isEqualTo(1);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());

        Answer refreshed = http.postJson("/campus/refresh/", "{\"refresh\":\"" + again.json().get("refresh").asString()
                + "\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("token").asString()).isNotBlank();
    }

    @Test
    void aMissingCodeIsACampusFieldError() {
        Answer missing = http.postJson("/campus/userLogin/", "{}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").isArray()).isTrue();
    }

    @Test
    void theConfiguredFirstSuperUserSignsInWithAPasswordStoredAsABcryptHash() {
        Answer good = http.postJson("/campus/adminLogIn/", "{\"username\":\"root\",\"password\":\"test-root-password\"}");
        Answer wrongPassword = http.postJson("/campus/adminLogIn/", "{\"username\":\"root\",\"password\":\"nope\"}");
        Answer unknown = http.postJson("/campus/adminLogIn/", "{\"username\":\"nobody\",\"password\":\"nope\"}");

        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("success").asString()).isEqualTo("true");
        assertThat(good.json().get("user").get("username").asString()).isEqualTo("root");
        assertThat(good.json().get("token").asString()).isNotBlank();
        for (Answer refused : new Answer[] { wrongPassword, unknown }) {
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.json().get("success").asString()).isEqualTo("false");
            assertThat(refused.json().get("mess").asString()).isEqualTo("Invalid User");
        }
        assertThat(jdbc.queryForObject("SELECT password_hash FROM super_admin WHERE username = 'root'", String.class))
                .startsWith("$2");
    }

    @Test
    void onlyASuperUserRegistersAnother() {
        String adminToken = http.postJson("/campus/adminLogIn/",
                "{\"username\":\"root\",\"password\":\"test-root-password\"}").json().get("token").asString();
        String userToken = http.postJson("/campus/userLogin/", "{\"code\":\"campus-" + UUID.randomUUID() + "\"}")
                .json().get("token").asString();
        String name = "adm" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":\"" + name + "\",\"password\":\"another-password\",\"email\":\"" + name
                + "@example.test\"}";

        Answer anonymous = http.postJson("/campus/register/", body);
        Answer asUser = register(body, "Authorization", AsGateway.identityOf(port, userToken));
        Answer asAdmin = register(body, "Authorization", AsGateway.identityOf(port, adminToken));
        Answer again = register(body, "Authorization", AsGateway.identityOf(port, adminToken));
        Answer tooLong = register(body.replace(name, "a-name-that-is-far-too-long"), "Authorization", AsGateway.identityOf(port, adminToken));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("detail").asString()).isEqualTo("缺少token。");
        assertThat(asUser.status()).isEqualTo(403);
        assertThat(asAdmin.json().get("success").asString()).isEqualTo("true");
        assertThat(again.json().get("mess").asString()).isEqualTo("Name exist");
        assertThat(tooLong.json().get("mess").asString()).isEqualTo("Name too long");
        assertThat(http.postJson("/campus/adminLogIn/", "{\"username\":\"" + name
                + "\",\"password\":\"another-password\"}").json().get("success").asString()).isEqualTo("true");
    }

    @Test
    void aSuperUserRegisteredWithTheDocumentsExampleSignsInWithThatPasswordAndIsASuperUser() {
        String adminToken = http.postJson("/campus/adminLogIn/",
                "{\"username\":\"root\",\"password\":\"test-root-password\"}").json().get("token").asString();
        String name = "j" + UUID.randomUUID().toString().substring(0, 8);
        Answer registered = register("""
                {"username": "%s", "password": "123456", "email": "%s@163.com"}""".formatted(name, name),
                "Authorization", AsGateway.identityOf(port, adminToken));

        Answer signedIn = http.postJson("/campus/adminLogIn/", """
                {"username": "%s", "password": "123456"}""".formatted(name));

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.body()).isEqualTo("{\"success\":\"true\"}");
        assertThat(signedIn.json().get("success").asString()).isEqualTo("true");
        assertThat(signedIn.json().get("user").get("username").asString()).isEqualTo(name);
        String newAdmin = AsGateway.identityOf(port, signedIn.json().get("token").asString());
        assertThat(http.get("/campus/admin/api-keys?organizationId=1", "Authorization", newAdmin).status())
                .as("the new super user's principal has the admin role").isEqualTo(200);
    }

    @Test
    void aPasswordBcryptCannotHoldOrTooShortToGuardASuperUserIsRefusedInTheOriginalsWords() {
        String adminToken = http.postJson("/campus/adminLogIn/",
                "{\"username\":\"root\",\"password\":\"test-root-password\"}").json().get("token").asString();
        String admin = AsGateway.identityOf(port, adminToken);
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);

        Answer tooLong = register("""
                {"username": "%s", "password": "%s", "email": "%s@163.com"}""".formatted(name, "密".repeat(25), name),
                "Authorization", admin);
        Answer tooShort = register("""
                {"username": "%s", "password": "12345", "email": "%s@163.com"}""".formatted(name, name),
                "Authorization", admin);

        assertThat(tooLong.status()).as("75 bytes: more than BCrypt reads").isEqualTo(200);
        assertThat(tooLong.json().get("success").asString()).isEqualTo("false");
        assertThat(tooLong.json().get("mess").asString()).isEqualTo("Password too long");
        assertThat(tooShort.json().get("mess").asString()).isEqualTo("Password too short");
        assertThat(http.postJson("/campus/adminLogIn/", """
                {"username": "%s", "password": "12345"}""".formatted(name)).json().get("mess").asString())
                .isEqualTo("Invalid User");
    }

    private Answer register(String body, String header, String value) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/campus/register/"))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
