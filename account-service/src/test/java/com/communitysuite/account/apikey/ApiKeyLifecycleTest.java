package com.communitysuite.account.apikey;

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

/** Organization API keys: created and shown once by a super user, stored hashed, listed, revoked. */
@AccountServiceTest
class ApiKeyLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    TestHttp http;
    String adminToken;

    @BeforeEach
    void signInAsSuperUser() {
        http = AsGateway.http(port);
        adminToken = http.postJson("/campus/adminLogIn/", "{\"username\":\"root\",\"password\":\"test-root-password\"}")
                .json().get("token").asString();
    }

    @Test
    void aKeyIsShownOnceWorksUntilRevokedAndIsStoredOnlyAsAHash() {
        long organization = 1000 + (long) (Math.random() * 100000);
        Answer created = http.postJson("/campus/admin/api-keys", "{\"organizationId\":" + organization
                + ",\"name\":\"course sync\"}", "Authorization", AsGateway.identityOf(port, adminToken));

        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        String id = created.json().get("id").asString();
        assertThat(key).startsWith("org_");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM org_api_key WHERE key_hash = ?", Long.class, key)).isZero();
        assertThat(lookUp(key).status()).isEqualTo(200);
        assertThat(lookUp(key).json().get("organizationId").asLong()).isEqualTo(organization);

        Answer listed = http.get("/campus/admin/api-keys?organizationId=" + organization, "Authorization", AsGateway.identityOf(port, adminToken));
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).has("key")).isFalse();

        assertThat(delete("/campus/admin/api-keys/" + id).status()).isEqualTo(204);
        assertThat(lookUp(key).status()).isEqualTo(404);
        assertThat(delete("/campus/admin/api-keys/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlySuperUsersManageKeys() {
        String userToken = http.postJson("/campus/userLogin/", "{\"code\":\"campus-" + UUID.randomUUID() + "\"}")
                .json().get("token").asString();

        assertThat(http.postJson("/campus/admin/api-keys", "{\"organizationId\":1,\"name\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(http.postJson("/campus/admin/api-keys", "{\"organizationId\":1,\"name\":\"x\"}", "Authorization", AsGateway.identityOf(port, userToken)).status()).isEqualTo(403);
        assertThat(http.get("/campus/admin/api-keys", "Authorization", AsGateway.identityOf(port, userToken)).status()).isEqualTo(403);
        assertThat(http.postJson("/campus/admin/api-keys", "{\"organizationId\":-1,\"name\":\"\"}", "Authorization", AsGateway.identityOf(port, adminToken)).status()).isEqualTo(400);
        assertThat(delete("/campus/admin/api-keys/not-a-uuid").status()).isEqualTo(400);
    }

    private Answer lookUp(String key) {
        return http.postJson("/internal/api-keys/lookup", "{\"key\":\"" + key + "\"}");
    }

    private Answer delete(String path) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", AsGateway.identityOf(port, adminToken))
                .DELETE().build());
    }
}
