package com.communitysuite.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** GET /user/message and /user/message/unread_total on the migrated database. */
@NotificationServiceTest
class InboxFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    Inbox inbox;

    @Test
    void pagesNewestFirstInTheDocumentsShapeAndListingMarksWhatItReturnedAsRead() {
        long account = Events.newAccountId();
        String uid = Events.newUid();
        String sender = Events.newUid();
        inbox.deliver(Notice.system(account, "第一条", "c1", ""));
        inbox.deliver(AppNotices.card(account, Events.newAccountId(), sender, "小明"));
        inbox.deliver(CampusNotices.becomeAdmin(account, 9, "摄影社"));
        TestHttp http = TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.account(account, uid,
                null, "app", Set.of("user"), Map.of()).withClient(1, "0.1.7")));

        assertThat(http.get("/user/message/unread_total").json().get("result").asInt()).isEqualTo(3);

        JsonNode first = http.get("/user/message?count=2").json();
        assertThat(first.get("status").asInt()).isEqualTo(1);
        assertThat(first.get("message").asString()).isEqualTo("Success");
        assertThat(first.at("/result/page/count").asInt()).isEqualTo(2);
        assertThat(first.at("/result/page").has("lastId")).isFalse();
        JsonNode list = first.at("/result/list");
        assertThat(list).hasSize(2);
        JsonNode newest = list.get(0);
        assertThat(newest.get("sequenceId").asString()).isEqualTo(Long.toString(newest.get("messageId").asLong()));
        JsonNode campus = newest.get("userMessageResult");
        assertThat(campus.get("messageId").asLong()).isEqualTo(newest.get("messageId").asLong());
        assertThat(campus.at("/messageBody/content").asString()).isEqualTo("您成为'摄影社'组织的管理员\n");
        assertThat(campus.at("/messageBody/type").asInt()).isEqualTo(8);
        assertThat(campus.at("/messageBody/org").asLong()).isEqualTo(9);
        assertThat(campus.get("messageType").asInt()).isZero();
        assertThat(campus.get("originPushType").asInt()).isZero();
        assertThat(campus.get("originUid").asString()).isEmpty();
        assertThat(campus.get("uid").asString()).isEqualTo(uid);
        assertThat(campus.get("unread").asInt()).as("shown as it was when listed").isEqualTo(1);
        assertThat(campus.get("createTime").asLong()).isPositive();
        JsonNode card = list.get(1).get("userMessageResult");
        assertThat(card.get("messageBody").properties()).extracting(Map.Entry::getKey)
                .containsExactly("title", "content", "url");
        assertThat(card.at("/messageBody/url").asString()).isEqualTo("chaoqer://profile/" + sender);
        assertThat(card.get("originPushType").asInt()).isEqualTo(2);
        assertThat(card.get("originUid").asString()).isEqualTo(sender);

        assertThat(http.get("/user/message/unread_total").json().get("result").asInt()).isEqualTo(1);
        String lastId = list.get(1).get("sequenceId").asString();
        JsonNode next = http.get("/user/message?count=2&lastId=" + lastId).json();
        assertThat(next.at("/result/page/lastId").asString()).isEqualTo(lastId);
        assertThat(next.at("/result/list")).singleElement().satisfies(entry -> assertThat(
                entry.at("/userMessageResult/messageBody/title").asString()).isEqualTo("第一条"));
        assertThat(http.get("/user/message/unread_total/").json().get("result").asInt()).isZero();

        JsonNode again = http.get("/user/message/?count=10").json();
        assertThat(again.at("/result/list")).hasSize(3).allSatisfy(entry -> assertThat(
                entry.at("/userMessageResult/unread").asInt()).isZero());
    }

    @Test
    void oneUsersMessagesAreNotAnothers() {
        long owner = Events.newAccountId();
        inbox.deliver(Notice.system(owner, "私信", "c", ""));
        TestHttp other = TestHttp.at(port).withIdentity(TestIdentities.account(Events.newAccountId(),
                Events.newUid(), "app"));

        assertThat(other.get("/user/message?count=10").json().at("/result/list")).isEmpty();
        assertThat(other.get("/user/message/unread_total").json().get("result").asInt()).isZero();
    }
}
