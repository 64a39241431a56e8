package com.communitysuite.account.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** A super user freezes an account: its tokens stop working at once and it cannot sign in until restored. */
@AccountServiceTest
class AccountFreezeTest {

    @LocalServerPort
    int port;

    @Test
    void freezingEndsSessionsAndBlocksSignInUntilRestored() {
        TestHttp http = AsGateway.http(port);
        String admin = http.postJson("/campus/adminLogIn/", "{\"username\":\"root\",\"password\":\"test-root-password\"}")
                .json().get("token").asString();
        String code = "wx-" + UUID.randomUUID();
        JsonNode user = http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json();
        long id = user.get("user_id").asLong();

        Answer asUser = status(id, "frozen", AsGateway.identityOf(port, user.get("access").asString()));
        Answer frozen = status(id, "frozen", AsGateway.identityOf(port, admin));

        assertThat(asUser.status()).isEqualTo(403);
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.json().get("status").asString()).isEqualTo("frozen");
        assertThat(http.postJson("/mp/refresh/", "{\"refresh\":\"" + user.get("refresh").asString() + "\"}").status())
                .isEqualTo(401);
        assertThat(http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").status()).isEqualTo(401);

        assertThat(status(id, "normal", AsGateway.identityOf(port, admin)).status()).isEqualTo(200);
        assertThat(http.postJson("/mp/login/", "{\"code\":\"" + code + "\"}").status()).isEqualTo(201);
        assertThat(status(id, "gone", AsGateway.identityOf(port, admin)).status()).isEqualTo(400);
        assertThat(status(Long.MAX_VALUE, "frozen", AsGateway.identityOf(port, admin)).status()).isEqualTo(404);
    }

    private Answer status(long accountId, String status, String authorization) {
        return AsGateway.http(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/campus/admin/accounts/" + accountId + "/status")).header("Content-Type", "application/json")
                .header("Authorization", authorization).PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}"))
                .build());
    }
}
