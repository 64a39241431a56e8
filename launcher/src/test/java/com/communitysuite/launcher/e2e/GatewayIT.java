package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/** What the gateway itself adds on the way to the services: the address the client called, H5 web logins. */
@ExtendWith(RunningSuite.class)
class GatewayIT {

    @Test
    @Covers("campus GET /campus/blocks/")
    void campusPageLinksNameTheGatewayTheClientCalledAndNoHostTheClientClaims(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser user = suite.newCampusUser();
        for (int i = 0; i < 3; i++) {
            admin.post("/campus/blocks/", "{\"name\": \"版块" + Suite.unique() + "\"}");
        }

        Gateway.Answer page = suite.gateway().get("/campus/blocks/?limit=1&offset=1", "Authorization",
                "Bearer " + user.token(), "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Prefix", "/phish");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode links = page.json();
        assertThat(links.get("next").asString()).isEqualTo(suite.gateway().baseUrl()
                + "/campus/blocks/?limit=1&offset=2");
        assertThat(links.get("previous").asString()).startsWith(suite.gateway().baseUrl() + "/campus/blocks/?");
    }

    @Test
    void theH5WeChatLoginThroughTheGatewayReturnsToThePageWithAnH5Token(Suite suite) {
        String page = "http://localhost:5173/club/" + Suite.unique();

        Gateway.Answer redirect = suite.gateway().get("/h5/redirect?code=h5-" + Suite.unique() + "&state="
                + URLEncoder.encode(page, StandardCharsets.UTF_8));

        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
        assertThat(redirect.response().headers().firstValue("Location")).contains(page);
        assertThat(redirect.response().headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("chaoqer_wx_code="));
        assertThat(redirect.response().headers().firstValue("Suite-Gateway-Answer")).isEmpty();
    }
}
