package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parts of the suite restart under its users: PostgreSQL (the services recover without a restart of their own, and
 * while it is down they answer 503 in the surface's shape, not 500), and the gateway (signed-in users stay signed in:
 * sessions live in account-service). Runs after the domain tests, which a restart would disturb.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 4)
class RestartsIT {

    @Test
    void whilePostgresRestartsRequestsAre503AndAfterwardsTheServicesServeAgainWithoutARestart(Suite suite)
            throws Exception {
        AppUser user = suite.newAppUser();
        assertThat(user.post("/user/profile/init", Map.of("nickname", "重启前", "avatar", "https://cdn.example/a.jpg"))
                .json().get("status").asInt()).isEqualTo(1);

        suite.runner().stopPostgres();
        Gateway.Answer duringTheRestart;
        try {
            duringTheRestart = user.put("/user/profile", Map.of("nickname", "重启中", "avatar",
                    "https://cdn.example/a.jpg", "bio", ""));
        }
        finally {
            suite.runner().startPostgres();
        }

        assertThat(duringTheRestart.status()).as(duringTheRestart.toString()).isEqualTo(503);
        assertThat(duringTheRestart.json().get("message").asString()).isEqualTo("Service Unavailable");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> user.put("/user/profile", Map.of("nickname", "重启后", "avatar",
                        "https://cdn.example/a.jpg", "bio", "")).json().path("status").asInt() == 1);
        assertThat(user.get("/user/" + user.uid() + "/profile").json().at("/result/nickname").asString())
                .isEqualTo("重启后");
    }

    @Test
    void usersSignedInBeforeTheGatewayRestartsStaySignedIn(Suite suite) throws Exception {
        AppUser appUser = suite.newAppUser();
        MpUser mpUser = suite.newMpUser();

        suite.runner().stopService("gateway");
        suite.runner().startService("gateway", Duration.ofMinutes(2));

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.gateway().get("/mp/ping/").status() == 200);
        Gateway.Answer app = appUser.get("/user/message/unread_total");
        Gateway.Answer mp = mpUser.get("/mp/mycounts/");
        assertThat(app.status()).as(app.toString()).isEqualTo(200);
        assertThat(app.json().get("status").asInt()).isEqualTo(1);
        assertThat(mp.status()).as(mp.toString()).isEqualTo(200);
    }
}
