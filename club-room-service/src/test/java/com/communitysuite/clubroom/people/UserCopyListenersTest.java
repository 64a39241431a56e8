package com.communitysuite.clubroom.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.EventContracts;

/** The copy of users follows user-service's and account-service's events, decoded from their contracts' examples. */
class UserCopyListenersTest extends ClubRoomFlowTest {

    @Autowired
    KnownUsers users;
    @Autowired
    UserRelations relations;
    @Autowired
    UserEventsListener userEvents;
    @Autowired
    AccountEventsListener accountEvents;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void theContractsExamplesDecode() {
        String profile = EventContracts.envelope("user-service", "user.profile-changed", "2701a6fbd0464da99789c9ad1ca1c654",
                (String) null);
        String registered = EventContracts.envelope("account-service", "account.registered",
                "2701a6fbd0464da99789c9ad1ca1c654", (String) null);
        String email = EventContracts.envelope("account-service", "account.email-verified", "12", (String) null);

        accountEvents.on(registered);
        userEvents.on(profile);
        accountEvents.on(email);

        UserSummary example = users.find(12).orElseThrow();
        assertThat(example.uid()).isEqualTo("2701a6fbd0464da99789c9ad1ca1c654");
        assertThat(example.nickname()).isEqualTo("小明");
        assertThat(example.avatar()).isEqualTo("https://example.com/image/a.jpg");
        assertThat(example.bio()).isEqualTo("hello");
        assertThat(example.email()).isEqualTo("someone@buaa.edu.cn");
        for (String type : List.of("user.blocked", "user.unblocked", "card.sent", "card.withdrawn")) {
            userEvents.on(EventContracts.envelope("user-service", type, "x", (String) null));
        }
        assertThat(relations.hasBlocked(12, 13)).as("blocked, then unblocked").isFalse();
        assertThat(relations.hasSentCard(12, 13)).as("sent, then withdrawn").isFalse();
    }

    @Test
    void aRegisteredAccountIsKnownByItsFirstNicknameUntilItsProfileSaysOtherwise() {
        Actor user = unknownUser("n", false);
        people().registered(user.id(), user.uid());
        assertThat(users.find(user.id()).orElseThrow().nickname()).startsWith("USER_");

        people().profileChanged(user.id(), user.uid(), "小红", "https://img.example/h.png", (String) null);
        people().registered(user.id(), user.uid());

        UserSummary known = users.find(user.id()).orElseThrow();
        assertThat(known.nickname()).isEqualTo("小红");
        assertThat(known.avatar()).isEqualTo("https://img.example/h.png");
        assertThat(known.bio()).isNull();
    }

    @Test
    void blocksAndCardsGiveEachViewerTheirStanding() {
        Actor viewer = user("viewer");
        Actor other = user("other");
        Actor third = user("third");

        people().blocked(viewer.id(), other.id());
        people().cardSent(viewer.id(), third.id());
        people().cardSent(other.id(), third.id());

        var standings = relations.standings(viewer.id(), List.of(viewer.id(), other.id(), third.id()));
        assertThat(standings.get(other.id())).isEqualTo(new UserRelations.Standing(true, false, 0));
        assertThat(standings.get(third.id())).isEqualTo(new UserRelations.Standing(false, true, 2));
        assertThat(standings.get(viewer.id())).isEqualTo(UserRelations.Standing.NONE);
        assertThat(relations.hasBlocked(other.id(), viewer.id())).as("a block is one-way").isFalse();
    }

    @Test
    void anAccountThatLoggedOffIsErasedAndLateEventsDoNotBringItBack() {
        Actor gone = user("gone");
        Actor other = user("other");
        people().blocked(gone.id(), other.id());
        people().cardSent(other.id(), gone.id());

        people().loggedOff(gone.id(), gone.uid());
        people().profileChanged(gone.id(), gone.uid(), "again", "a.png", (String) null);
        people().cardSent(other.id(), gone.id());

        assertThat(users.find(gone.id())).isEmpty();
        assertThat(users.byAccountIds(List.of(gone.id(), other.id()))).containsOnlyKeys(other.id());
        assertThat(relations.hasBlocked(gone.id(), other.id())).isFalse();
        assertThat(relations.hasSentCard(other.id(), gone.id())).isFalse();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        Actor user = user("once");
        String envelope = EventContracts.envelope("user.profile-changed", user.uid(), user.uid(),
                tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                        {"accountId": %d, "uid": "%s", "nickname": "第一次", "avatar": "a", "bio": null,
                         "initialised": true}""".formatted(user.id(), user.uid())));

        userEvents.on(envelope);
        people().profileChanged(user.id(), user.uid(), "第二次", "b", (String) null);
        userEvents.on(envelope);

        assertThat(users.find(user.id()).orElseThrow().nickname()).isEqualTo("第二次");
    }

    @Test
    void eventsArriveFromTheTopics() throws Exception {
        Actor user = unknownUser("topic", false);
        String data = """
                {"accountId": %d, "uid": "%s", "nickname": "从Kafka来", "avatar": "k.png", "bio": "b",
                 "initialised": true}""".formatted(user.id(), user.uid());

        kafka.send("user-service.events", user.uid(), EventContracts.envelope("user.profile-changed", user.uid(),
                user.uid(), tools.jackson.databind.json.JsonMapper.builder().build().readTree(data))).get();

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> users.find(user.id()).map(u -> u.nickname().equals("从Kafka来")).orElse(false));
    }
}
