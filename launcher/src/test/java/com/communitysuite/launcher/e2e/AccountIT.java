package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * account-service through the gateway: campus sign-in as the campus document shows it, profile and e-mail
 * verification, super users, and the mini-program's token refresh, consent withdrawal and log-off.
 */
@ExtendWith(RunningSuite.class)
class AccountIT {

    @Test
    @Covers("campus POST /campus/userLogin/")
    void aCampusUserWithoutAVerifiedEmailSignsInWithTheDocumentsFieldTypes(Suite suite) {
        Gateway.Answer login = suite.gateway().post("/campus/userLogin/",
                "{\"code\":\"e2e-campus-" + Suite.unique() + "\"}");

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.get("status").asInt()).isZero();
        assertThat(body.get("userExist").asInt()).isZero();
        assertThat(body.get("email").isString()).as("\"\", not null: " + body).isTrue();
        assertThat(body.get("email").asString()).isEmpty();
        assertThat(body.get("id").isIntegralNumber()).isTrue();
        for (String text : new String[] { "token", "avatar", "sign", "name" }) {
            assertThat(body.get(text).isString()).as(text + " in " + body).isTrue();
        }
    }

    @Test
    @Covers({ "campus POST /campus/register/", "campus POST /campus/adminLogIn/" })
    void aSuperUserRegisteredBySuperUserSignsInWithTheUsernameAndPasswordItWasRegisteredWith(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        String username = "e2e" + Suite.unique() % 1_000_000_000L;

        Gateway.Answer registered = admin.post("/campus/register/", """
                {"username": "%s", "password": "123456", "email": "%s@163.com"}""".formatted(username, username));
        CampusUser newAdmin = CampusUser.admin(suite.gateway(), username, "123456");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("success").asString()).isEqualTo("true");
        assertThat(newAdmin.login().get("user").get("username").asString()).isEqualTo(username);
        Gateway.Answer adminOnly = newAdmin.get("/campus/admin/api-keys?organizationId=1");
        assertThat(adminOnly.status()).as("a super user: " + adminOnly).isEqualTo(200);
    }

    @Test
    @Covers("campus POST /campus/register/")
    void aPlainCampusUserMayNotRegisterASuperUser(Suite suite) {
        CampusUser user = suite.newCampusUser();

        Gateway.Answer refused = user.post("/campus/register/", """
                {"username": "e2eplain", "password": "123456", "email": "e2eplain@163.com"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).isEqualTo("您没有执行该操作的权限。");
    }

    @Test
    @Covers({ "campus POST /campus/userRegister/", "campus POST /campus/sendVerify/", "campus POST /campus/verify/" })
    void aCampusUserRegistersTheirProfileAndVerifiesTheirEmailWithTheCodeSentToIt(Suite suite) {
        CampusUser user = suite.newCampusUser();
        String email = "e2e" + Suite.unique() + "@buaa.edu.cn";

        Gateway.Answer registered = user.post("/campus/userRegister/", """
                {"id": %d, "userInfo": {"nickName": "小明", "avatarUrl": "https://thirdwx.qlogo.cn/a.png"}}"""
                .formatted(user.id()));
        Gateway.Answer othersProfile = user.post("/campus/userRegister/", """
                {"id": %d, "userInfo": {"nickName": "x", "avatarUrl": "https://a/b.png"}}""".formatted(user.id() + 1));
        Gateway.Answer sent = user.post("/campus/sendVerify/", "{\"email\":\"" + email + "\"}");
        String code = suite.awaitOutboxMessage("email", email).get("code").asString();
        Gateway.Answer wrong = user.post("/campus/verify/", """
                {"verifyCode": "%s", "email": "%s", "id": %d}""".formatted(code.equals("000000") ? "111111" : "000000",
                email, user.id()));
        Gateway.Answer verified = user.post("/campus/verify/", """
                {"verifyCode": "%s", "email": "%s", "id": %d}""".formatted(code, email, user.id()));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("status").asInt()).isZero();
        assertThat(othersProfile.status()).isEqualTo(403);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("msg").asString()).isEqualTo("Email send");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("msg").asString()).isEqualTo("Invalid Code");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("msg").asString()).isEqualTo("Valid Code");
    }

    @Test
    @Covers({ "mp POST /mp/refresh/", "mp POST /mp/revoke/", "mp POST /mp/logoff/" })
    void anMpUserRefreshesTheirTokensWithdrawsConsentAndLogsOff(Suite suite) {
        MpUser user = suite.newMpUser();
        String refresh = user.login().get("refresh").asString();

        Gateway.Answer refreshed = suite.gateway().post("/mp/refresh/", "{\"refresh\":\"" + refresh + "\"}");
        Gateway.Answer reused = suite.gateway().post("/mp/refresh/", "{\"refresh\":\"" + refresh + "\"}");
        Gateway.Answer lacking = suite.gateway().post("/mp/refresh/", "{}");

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.json().get("access").asString()).isNotBlank();
        assertThat(refreshed.json().get("refresh").asString()).isNotEqualTo(refresh);
        assertThat(reused.status()).as("a refresh token is used once").isEqualTo(401);
        assertThat(lacking.status()).isEqualTo(401);
        assertThat(lacking.json().get("detail").asString()).isEqualTo("lack of refresh");

        MpUser withdrawing = suite.newMpUser();
        Gateway.Answer revoked = withdrawing.post("/mp/revoke/", "{}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("msg").asString()).isEqualTo("Revoke agreement of privacy policy");

        MpUser leaving = suite.newMpUser();
        Gateway.Answer off = leaving.post("/mp/logoff/", "{}");
        Gateway.Answer afterwards = leaving.post("/mp/logout/", "");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("msg").asString()).isEqualTo("User logged off");
        assertThat(afterwards.status()).as("the account's tokens are revoked").isEqualTo(401);
    }
}
