package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.Probe;
import com.communitysuite.launcher.SuiteService;
import com.communitysuite.launcher.conformance.Covers;

/** The suite as a newcomer meets it: every JVM registered, the gateway routing, sign-in on the app and mp. */
@ExtendWith(RunningSuite.class)
class SuiteBasicsIT {

    @Test
    void everyServiceIsRegisteredInEureka(Suite suite) {
        List<String> expected = SuiteService.ALL.stream().filter(s -> !s.isDiscovery()).map(SuiteService::eurekaName)
                .toList();

        assertThat(Probe.registeredApplications(suite.portOf("discovery"))).containsAll(expected);
    }

    @Test
    @Covers("mp GET /mp/ping/")
    void theMpPingAnswersThroughTheGateway(Suite suite) {
        Gateway.Answer answer = suite.gateway().get("/mp/ping/");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).isEqualTo(200);
        assertThat(answer.json().get("msg").asString()).isEqualTo("the status is ok");
    }

    @Test
    @Covers("app GET /app/version/upgrade")
    void theAppVersionUpgradeAnswersThroughTheGateway(Suite suite) {
        Gateway.Answer answer = suite.gateway().get("/app/version/upgrade", "Client-Type", "1", "Version-Code", "18");
        Gateway.Answer missingClientType = suite.gateway().get("/app/version/upgrade");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).isEqualTo(1);
        assertThat(answer.json().get("result").get("versionName").asString()).isEqualTo("0.1.7");
        assertThat(missingClientType.status()).isEqualTo(400);
        assertThat(missingClientType.json().get("message").asString()).isEqualTo("Params Not Valid");
    }

    @Test
    void aServiceRefusesWhatDidNotComeThroughTheGateway(Suite suite) {
        Gateway.Answer direct = suite.gateway().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + suite.portOf("meeting-service") + "/mp/ping/")).header("X-User-Id", "1").build());

        assertThat(direct.status()).isEqualTo(401);
        assertThat(suite.gateway().get("/mp/ping/").status()).as("the same request through the gateway")
                .isEqualTo(200);
    }

    @Test
    @Covers({ "app POST /account/captcha", "app POST /account/login/captcha", "app POST /account/logout" })
    void anAppUserSignsInWithTheCaptchaFromTheLocalOutboxAndTheirCredentialsStopWorkingAfterLogout(Suite suite) {
        AppUser user = suite.newAppUser();

        Gateway.Answer logout = user.post("/account/logout", java.util.Map.of());
        Gateway.Answer afterLogout = user.post("/account/logout", java.util.Map.of());

        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().get("message").asString()).isEqualTo("退出成功");
        assertThat(afterLogout.status()).isEqualTo(401);
    }

    @Test
    @Covers({ "mp POST /mp/login/", "mp PUT /mp/agree/", "mp POST /mp/logout/" })
    void anMpUserSignsInWithTheLocalWeChatStandInAndTheirTokenStopsWorkingAfterLogout(Suite suite) {
        MpUser user = suite.newMpUser();
        String bearer = user.bearer();

        Gateway.Answer logout = user.post("/mp/logout/", "");
        Gateway.Answer afterLogout = suite.gateway().put("/mp/agree/", null, "Authorization", bearer);

        assertThat(logout.status()).isEqualTo(200);
        assertThat(afterLogout.status()).isEqualTo(401);
    }
}
