package com.communitysuite.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Looks at what the service stored and sent. */
public final class Probe {

    private Probe() {
    }

    /** The recipient's inbox rows, newest first. */
    public static List<Map<String, Object>> inbox(JdbcTemplate jdbc, long accountId) {
        return jdbc.queryForList("SELECT * FROM inbox_message WHERE recipient_account_id = ? ORDER BY id DESC",
                accountId);
    }

    /** JPush requests that name the registration id. */
    public static List<LoggedRequest> pushesTo(WireMockServer outside, String registrationId) {
        return outside.findAll(postRequestedFor(urlPathEqualTo("/v3/push")).withRequestBody(containing(
                "\"" + registrationId + "\"")));
    }

    /** Waits until JPush got {@code count} requests for the registration id, and returns them. */
    public static List<LoggedRequest> awaitPushes(WireMockServer outside, String registrationId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> pushesTo(outside, registrationId), requests -> requests.size() >= count);
    }

    /** The deliveries queued for a recipient on a channel, oldest first. */
    public static List<Map<String, Object>> deliveries(JdbcTemplate jdbc, String channel, String recipient) {
        return jdbc.queryForList("SELECT * FROM delivery WHERE channel = ? AND recipient = ? ORDER BY id", channel,
                recipient);
    }

    /** Waits until every delivery to the recipient on the channel is finished, and returns them. */
    public static List<Map<String, Object>> awaitFinished(JdbcTemplate jdbc, String channel, String recipient) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> deliveries(jdbc, channel, recipient), rows -> !rows.isEmpty()
                        && rows.stream().noneMatch(row -> "PENDING".equals(row.get("status"))));
    }
}
