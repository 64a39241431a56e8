package com.communitysuite.user.appversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** GET /app/version/upgrade against the migrated, seeded table. */
@ServiceIntegrationTest
class AppVersionUpgradeTest {

    @LocalServerPort
    int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.at(port).withIdentity(TestIdentities.anonymous("app"));
    }

    @Test
    void answersTheNewestVersionForTheClientTypeInTheDocumentsShape() throws Exception {
        Answer answer = http.get("/app/version/upgrade", "Client-Type", "1", "Version-Code", "17");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("status").asInt()).isEqualTo(1);
        assertThat(body.get("message").asString()).isEqualTo("Success");
        JsonNode result = body.get("result");
        assertThat(result.get("clientType").asInt()).isEqualTo(1);
        assertThat(result.get("versionCode").asInt()).isEqualTo(19);
        assertThat(result.get("versionName").asString()).isEqualTo("0.1.7");
        assertThat(result.get("versionId").asString()).isEqualTo(md5("1:19"));
        assertThat(result.get("createTime").asLong()).isEqualTo(1618818435105L);
        assertThat(result.get("downloadUrl").asString()).startsWith("https://");
        assertThat(result.get("forcedUpgrade").asInt()).isZero();
        assertThat(result.get("versionDesc").asString()).isNotBlank();
    }

    @Test
    void anAndroidClientGetsTheAndroidVersionAndTheTrailingSlashIsAccepted() {
        Answer answer = http.get("/app/version/upgrade/", "Client-Type", "2");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("result").get("clientType").asInt()).isEqualTo(2);
        assertThat(answer.json().get("result").get("versionCode").asInt()).isEqualTo(19);
    }

    @Test
    void aClientOnTheNewestVersionOrOnTheWebIsToldItIsCurrent() {
        for (Answer answer : new Answer[] { http.get("/app/version/upgrade", "Client-Type", "1", "Version-Code", "19"),
                http.get("/app/version/upgrade", "Client-Type", "0", "Version-Code", "1") }) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("status").asInt()).isZero();
            assertThat(answer.json().get("errorCode").asInt()).isZero();
            assertThat(answer.json().get("message").asString()).isEqualTo("当前已经是最新版本");
        }
    }

    @Test
    void aMissingOrUnknownClientTypeIsAnAppSurface400NamingTheHeader() {
        for (Answer answer : new Answer[] { http.get("/app/version/upgrade"),
                http.get("/app/version/upgrade", "Client-Type", "7"),
                http.get("/app/version/upgrade", "Client-Type", "iOS") }) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("status").asInt()).isZero();
            assertThat(answer.json().get("message").asString()).isEqualTo("Params Not Valid");
            assertThat(answer.json().get("errors").has("Client-Type")).isTrue();
        }
    }

    @Test
    void aVersionCodeThatIsNotAWholeNumberIsA400() {
        Answer answer = http.get("/app/version/upgrade", "Client-Type", "1", "Version-Code", "1.2");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").has("Version-Code")).isTrue();
    }

    private static String md5(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
