package com.communitysuite.account.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestIdentities;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;

/** Sign-in answers carry user-service's profile through the Feign client, and survive its absence. */
@AccountServiceTest
class SignInProfilesTest {

    @LocalServerPort
    int port;
    @Autowired
    WireMockServer userService;

    @Test
    void theMpSignInAnswerCarriesUserServicesProfile() {
        String code = "wx-" + UUID.randomUUID();
        long accountId = AsGateway.http(port).postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json()
                .get("user_id").asLong();
        userService.stubFor(get(urlPathMatching("/internal/profiles/" + accountId)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accountId\":" + accountId + ",\"uid\":\"u\",\"nickname\":\"小红\",\"avatar\":"
                        + "\"https://img.example/r.png\",\"sign\":null,\"giteeName\":\"xiaohong\",\"level\":2,"
                        + "\"activityLevel\":3}")));

        String identity = TestIdentities.anonymous("mp");
        JsonNode body = AsGateway.http(port).postJson("/mp/login/", "{\"code\":\"" + code + "\"}",
                "Authorization", identity).json();

        assertThat(body.get("nickname").asString()).isEqualTo("小红");
        var profileCalls = userService.findAll(getRequestedFor(urlPathMatching("/internal/profiles/" + accountId)));
        SuiteIdentity caller = TestIdentities.verifyService(profileCalls.get(profileCalls.size() - 1)
                .getHeader("Authorization"));
        assertThat(caller.kind()).as("made for an anonymous caller, the call carries the service's own identity, "
                + "across the breaker's thread").isEqualTo(SuiteIdentity.Kind.SERVICE);
        assertThat(caller.uid()).isEqualTo("account-service");
        assertThat(body.get("avatar").asString()).isEqualTo("https://img.example/r.png");
        assertThat(body.get("gitee_name").asString()).isEqualTo("xiaohong");
        assertThat(body.get("level").asInt()).isEqualTo(2);
        assertThat(body.get("activity_level").asInt()).isEqualTo(3);
    }

    @Test
    void whenUserServiceFailsTheSignInStillSucceedsWithTheStartingProfile() {
        String code = "wx-" + UUID.randomUUID();
        long accountId = AsGateway.http(port).postJson("/mp/login/", "{\"code\":\"" + code + "\"}").json()
                .get("user_id").asLong();
        userService.stubFor(get(urlPathMatching("/internal/profiles/" + accountId)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var answer = AsGateway.http(port).postJson("/mp/login/", "{\"code\":\"" + code + "\"}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("nickname").asString()).startsWith("USER_");
        assertThat(answer.json().get("level").asInt()).isEqualTo(1);
    }
}
