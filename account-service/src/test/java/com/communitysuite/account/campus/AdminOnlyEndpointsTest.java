package com.communitysuite.account.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;
import com.communitysuite.platform.test.TestHttp.Answer;

/**
 * The campus admin-only endpoints check the super-user role themselves: a plain user's valid identity token, sent
 * straight to the service as a gateway that no longer checks roles would pass it on, is refused with the campus 403.
 */
@AccountServiceTest
class AdminOnlyEndpointsTest {

    private static final String REFUSAL = "{\"detail\":\"您没有执行该操作的权限。\"}";

    @LocalServerPort
    int port;

    @Test
    void aPlainUsersValidIdentityIsRefusedByEveryAdminOnlyEndpoint() {
        TestHttp http = AsGateway.http(port);
        String campusToken = http.postJson("/campus/userLogin/", "{\"code\":\"campus-" + UUID.randomUUID() + "\"}")
                .json().get("token").asString();
        String mpToken = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json()
                .get("access").asString();

        for (String plainUser : List.of(AsGateway.identityOf(port, campusToken), AsGateway.identityOf(port, mpToken))) {
            for (Function<String, Answer> endpoint : adminOnlyEndpoints(http)) {
                Answer refused = endpoint.apply(plainUser);

                assertThat(refused.status()).as(refused.body()).isEqualTo(403);
                assertThat(refused.body()).isEqualTo(REFUSAL);
            }
        }
    }

    @Test
    void aCallerWhoIsNotSignedInIsAskedForAToken() {
        TestHttp http = AsGateway.http(port);

        for (Function<String, Answer> endpoint : adminOnlyEndpoints(http)) {
            Answer refused = endpoint.apply(TestIdentities.anonymous("campus"));

            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"detail\":\"缺少token。\"}");
        }
    }

    private static List<Function<String, Answer>> adminOnlyEndpoints(TestHttp http) {
        String someone = "{\"username\":\"x" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"password\":\"a-password\",\"email\":\"x@example.test\"}";
        return List.of(
                identity -> http.postJson("/campus/register/", someone, "Authorization", identity),
                identity -> http.postJson("/campus/admin/api-keys", "{\"organizationId\":1,\"name\":\"x\"}",
                        "Authorization", identity),
                identity -> http.get("/campus/admin/api-keys", "Authorization", identity),
                identity -> http.get("/campus/admin/api-keys?organizationId=1", "Authorization", identity),
                identity -> http.delete("/campus/admin/api-keys/" + UUID.randomUUID(), "Authorization", identity),
                identity -> http.putJson("/campus/admin/accounts/1/status", "{\"status\":\"frozen\"}",
                        "Authorization", identity));
    }
}
