package com.communitysuite.account.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** notification-service's look-up of the openids (the local WeChat stand-in's: {@code local-<code>}), per mini-program. */
@AccountServiceTest
class WeChatOpenidLookupTest {

    @LocalServerPort
    int port;
    TestHttp http;
    TestHttp asNotificationService;

    @BeforeEach
    void clients() {
        http = AsGateway.http(port);
        asNotificationService = TestHttp.at(port)
                .withIdentity(TestIdentities.bearer(SuiteIdentity.service("notification-service")));
    }

    @Test
    void eachMiniProgramsOpenidOfTheAccountsThatSignedInThere() {
        String mpOpenid = "mp-" + UUID.randomUUID();
        String campusOpenid = "campus-" + UUID.randomUUID();
        long mpUser = http.postJson("/mp/login/", "{\"code\":\"" + mpOpenid + "\"}").json().get("user_id").asLong();
        long campusUser = http.postJson("/campus/userLogin/", "{\"code\":\"" + campusOpenid + "\"}").json().get("id")
                .asLong();

        JsonNode inMp = lookUp("[" + mpUser + "," + campusUser + "," + mpUser + "]", "mp").json().get("accounts");
        JsonNode inCampus = lookUp("[" + mpUser + "," + campusUser + ",999999999]", "campus").json().get("accounts");

        assertThat(inMp).hasSize(1);
        assertThat(inMp.get(0).get("accountId").asLong()).isEqualTo(mpUser);
        assertThat(inMp.get(0).get("openid").asString()).isEqualTo("local-" + mpOpenid);
        assertThat(inCampus).hasSize(1);
        assertThat(inCampus.get(0).get("accountId").asLong()).isEqualTo(campusUser);
        assertThat(inCampus.get(0).get("openid").asString()).isEqualTo("local-" + campusOpenid);
    }

    @Test
    void anAccountThatLoggedOffIsNoLongerReachable() {
        String openid = "gone-" + UUID.randomUUID();
        JsonNode login = http.postJson("/mp/login/", "{\"code\":\"" + openid + "\"}").json();
        long accountId = login.get("user_id").asLong();
        Answer off = TestHttp.at(port).withIdentity(AsGateway.identityOf(port, login.get("access").asString()))
                .postJson("/mp/logoff/", "{}");
        assertThat(off.status()).isEqualTo(200);

        assertThat(lookUp("[" + accountId + "]", "mp").json().get("accounts")).isEmpty();
    }

    @Test
    void onlyServicesMayAskAndOnlyForOneToAHundredAccountsOfAKnownApp() {
        assertThat(TestHttp.at(port).withIdentity(TestIdentities.account(7, "u7", "mp"))
                .postJson("/internal/accounts/wechat-openids", "{\"accountIds\":[7],\"app\":\"mp\"}").status())
                .isEqualTo(403);
        assertThat(lookUp("[]", "mp").status()).isEqualTo(400);
        assertThat(lookUp("[1]", "app").status()).isEqualTo(400);
        String hundredAndOne = java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        assertThat(lookUp(hundredAndOne, "mp").status()).isEqualTo(400);
        assertThat(asNotificationService.postJson("/internal/accounts/wechat-openids", "{\"accountIds\":\"x\"}")
                .status()).isEqualTo(400);
    }

    private Answer lookUp(String accountIds, String app) {
        return asNotificationService.postJson("/internal/accounts/wechat-openids",
                "{\"accountIds\":" + accountIds + ",\"app\":\"" + app + "\"}");
    }
}
