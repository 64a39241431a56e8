package com.communitysuite.account.appsession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;

import tools.jackson.databind.JsonNode;

/** Sign-ins on every surface, with everything they log captured: no token, secret or password in it. */
@AccountServiceTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest {

    @LocalServerPort
    int port;

    @Test
    void noTokenSecretOrPasswordIsLogged(CapturedOutput output) {
        TestHttp http = AsGateway.http(port);
        JsonNode mp = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json();
        JsonNode admin = http.postJson("/campus/adminLogIn/",
                "{\"username\":\"root\",\"password\":\"test-root-password\"}").json();
        http.postJson("/campus/adminLogIn/", "{\"username\":\"root\",\"password\":\"a-wrong-password\"}");
        http.postJson("/mp/refresh/", "{\"refresh\":\"" + mp.get("refresh").asString() + "\"}");

        assertThat(output.getAll())
                .doesNotContain(mp.get("access").asString())
                .doesNotContain(mp.get("refresh").asString())
                .doesNotContain(admin.get("token").asString())
                .doesNotContain("test-root-password")
                .doesNotContain("a-wrong-password");
    }
}
