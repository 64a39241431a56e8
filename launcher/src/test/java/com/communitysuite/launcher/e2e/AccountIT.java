package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/** account-service through the gateway: campus sign-in as the campus document shows it, and super users. */
@ExtendWith(RunningSuite.class)
class AccountIT {

    @Test
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
    void aPlainCampusUserMayNotRegisterASuperUser(Suite suite) {
        CampusUser user = suite.newCampusUser();

        Gateway.Answer refused = user.post("/campus/register/", """
                {"username": "e2eplain", "password": "123456", "email": "e2eplain@163.com"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).isEqualTo("您没有执行该操作的权限。");
    }
}
