package com.communitysuite.meeting.ping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;
import com.communitysuite.platform.test.TestHttp.Answer;

@ServiceIntegrationTest
class PingTest {

    @LocalServerPort
    int port;

    @Test
    void pingAnswersWithAndWithoutTheTrailingSlash() {
        for (String path : new String[] { "/mp/ping/", "/mp/ping" }) {
            Answer answer = TestHttp.at(port).withIdentity(TestIdentities.anonymous("mp")).get(path);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("code").asInt()).isEqualTo(200);
            assertThat(answer.json().get("msg").asString()).isEqualTo("the status is ok");
            assertThat(answer.json().has("data")).isFalse();
        }
    }

    @Test
    void anUnknownMpPathIsAnMp404AndAWrongMethodAnMp405() {
        Answer missing = TestHttp.at(port).withIdentity(TestIdentities.anonymous("mp")).get("/mp/no-such-thing/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Not found.");

        Answer wrongMethod = TestHttp.at(port).withIdentity(TestIdentities.anonymous("mp")).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/mp/ping/"))
                .DELETE().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().has("detail")).isTrue();
    }
}
