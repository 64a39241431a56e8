package com.communitysuite.notification.clubroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.people.People;
import com.communitysuite.notification.push.PushDevices;
import com.communitysuite.notification.push.PushPlatform;
import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;
import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;

/** club-room-service's events, from the contract examples. */
@NotificationServiceTest
class ClubRoomEventsListenerTest {

    static final String CLUB_ROOM = "club-room-service";

    @Autowired
    ClubRoomEventsListener listener;
    @Autowired
    People people;
    @Autowired
    PushDevices devices;
    @Autowired
    CampusBlocks blocks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WireMockServer outside;
    @Autowired
    MutableClock clock;

    @Test
    void aRoomInviteReachesTheInviteeWithTheRoomLinkAndIsPushed() {
        long invitee = Events.newAccountId();
        long inviter = Events.newAccountId();
        String device = "invite" + invitee;
        devices.bind(invitee, PushPlatform.IOS, device);

        listener.on(Events.example(CLUB_ROOM, "room.invited", Map.of("inviteeAccountId", invitee,
                "inviterAccountId", inviter)));

        assertThat(Probe.inbox(jdbc, invitee)).singleElement().satisfies(message -> assertThat(message)
                .containsEntry("title", "小明邀请你加入活动").containsEntry("content", "周五夜聊")
                .containsEntry("url", "chaoqer://room/6a0c2a1b3d4e5f60718293a4b5c6d7e8")
                .containsEntry("origin_uid", "2701a6fbd0464da99789c9ad1ca1c654"));
        assertThat(Probe.awaitPushes(outside, device, 1).get(0).getBodyAsString())
                .contains("\"ios\"", "小明邀请你加入活动", "chaoqer://room/6a0c2a1b3d4e5f60718293a4b5c6d7e8");
    }

    @Test
    void aRoomWithoutANameIsCalledAfterItsCreator() {
        long invitee = Events.newAccountId();

        listener.on(Events.example(CLUB_ROOM, "room.invited", Map.of("inviteeAccountId", invitee, "roomName", "")));

        assertThat(Probe.inbox(jdbc, invitee).get(0)).containsEntry("content", "小明创建的活动");
    }

    @Test
    void anInviteFromSomeoneTheInviteeBlockedIsNeitherStoredNorPushed() {
        long invitee = Events.newAccountId();
        long inviter = Events.newAccountId();
        devices.bind(invitee, PushPlatform.ANDROID, "noinvite" + invitee);
        people.blocked(invitee, inviter);

        listener.on(Events.example(CLUB_ROOM, "room.invited", Map.of("inviteeAccountId", invitee,
                "inviterAccountId", inviter)));

        assertThat(Probe.inbox(jdbc, invitee)).isEmpty();
        assertThat(Probe.deliveries(jdbc, "push", Long.toString(invitee))).isEmpty();
    }

    @Test
    void aNewEventTellsItsGuestsButNotItsCreatorAndPlansItsReminder() {
        long creator = Events.newAccountId();
        long guest = Events.newAccountId();
        String eventId = Events.newUid();
        people.profileChanged(creator, "c" + creator, "主持人");
        long at = clock.instant().plus(Duration.ofHours(2)).toEpochMilli();

        listener.on(Events.example(CLUB_ROOM, "event.saved", Map.of("eventId", eventId, "eventTime", at,
                "creatorAccountId", creator, "memberAccountIds", List.of(creator, guest))));

        assertThat(Probe.inbox(jdbc, creator)).isEmpty();
        assertThat(Probe.inbox(jdbc, guest)).singleElement().satisfies(message -> assertThat(message)
                .containsEntry("title", "主持人已添加你为活动嘉宾").containsEntry("content", "读书会")
                .containsEntry("url", "chaoqer://event/" + eventId).containsEntry("origin_uid", "c" + creator));
        assertThat(reminder(eventId)).containsEntry("status", "PENDING");
        assertThat(((java.sql.Timestamp) reminder(eventId).get("due_at")).toInstant().toEpochMilli())
                .isEqualTo(at - Duration.ofMinutes(10).toMillis());

        listener.on(Events.example(CLUB_ROOM, "event.saved", Map.of("eventId", eventId, "eventTime", at + 60_000,
                "creatorAccountId", creator, "memberAccountIds", List.of(creator, guest), "version", 2)));
        assertThat(Probe.inbox(jdbc, guest)).as("an edit tells nobody, as in the original").hasSize(1);
        assertThat(((java.sql.Timestamp) reminder(eventId).get("due_at")).toInstant().toEpochMilli())
                .as("the reminder follows the new time").isEqualTo(at + 60_000 - Duration.ofMinutes(10).toMillis());

        listener.on(Events.example(CLUB_ROOM, "event.saved", Map.of("eventId", eventId, "eventTime", at,
                "creatorAccountId", creator, "memberAccountIds", List.of(creator, guest), "version", 1)));
        assertThat(((java.sql.Timestamp) reminder(eventId).get("due_at")).toInstant().toEpochMilli())
                .as("an older state arriving late changes nothing").isEqualTo(at + 60_000 - 600_000);
    }

    @Test
    void aSubscriptionToAnEventNotSeenYetPlansItsReminderAndDeletionCancelsIt() {
        String eventId = Events.newUid();
        long subscriber = Events.newAccountId();
        long at = clock.instant().plus(Duration.ofHours(3)).toEpochMilli();

        listener.on(Events.example(CLUB_ROOM, "event.subscribed", Map.of("eventId", eventId, "eventTime", at,
                "accountId", subscriber)));
        assertThat(reminder(eventId)).containsEntry("status", "PENDING");
        assertThat(jdbc.queryForList("SELECT account_id FROM event_subscriber WHERE event_id = ?", Long.class,
                eventId)).containsExactly(subscriber);

        listener.on(Events.example(CLUB_ROOM, "event.deleted", Map.of("eventId", eventId)));
        assertThat(reminder(eventId)).containsEntry("status", "CANCELLED");
        assertThat(jdbc.queryForList("SELECT account_id FROM event_subscriber WHERE event_id = ?", Long.class,
                eventId)).isEmpty();
    }

    @Test
    void aStartedEventTellsItsSubscribersWhereItsRoomIsAndNeedsNoReminder() {
        String eventId = Events.newUid();
        long first = Events.newAccountId();
        long second = Events.newAccountId();
        listener.on(Events.example(CLUB_ROOM, "event.subscribed", Map.of("eventId", eventId, "eventTime",
                clock.instant().plus(Duration.ofHours(1)).toEpochMilli(), "accountId", first)));

        listener.on(Events.example(CLUB_ROOM, "event.started", Map.of("eventId", eventId, "subscriberAccountIds",
                List.of(first, second))));

        for (long subscriber : List.of(first, second)) {
            assertThat(Probe.inbox(jdbc, subscriber)).singleElement().satisfies(message -> assertThat(message)
                    .containsEntry("title", "你预约的活动已经开始了").containsEntry("content", "读书会")
                    .containsEntry("url", "chaoqer://room/6a0c2a1b3d4e5f60718293a4b5c6d7e8")
                    .containsEntry("origin_push_type", 0));
        }
        assertThat(reminder(eventId)).containsEntry("status", "CANCELLED");
    }

    @Test
    void anApplicationResultGoesToTheApplicantAsTheCampusNotification() {
        long approvedApplicant = Events.newAccountId();
        long rejectedApplicant = Events.newAccountId();

        listener.on(Events.example(CLUB_ROOM, "organization-application.verified", Map.of("applicantAccountId",
                approvedApplicant)));
        listener.on(Events.example(CLUB_ROOM, "organization-application.verified", Map.of("applicantAccountId",
                rejectedApplicant, "approved", false)));

        assertThat(Probe.inbox(jdbc, approvedApplicant).get(0)).containsEntry("content", "您创建'摄影社'组织的申请已经通过\n")
                .containsEntry("campus_type", 6).containsEntry("organization_id", 9L);
        Map<String, Object> rejected = Probe.inbox(jdbc, rejectedApplicant).get(0);
        assertThat(rejected).containsEntry("content", "您创建'摄影社'组织的申请被拒绝了\n");
        assertThat(rejected.get("organization_id")).isNull();
    }

    @Test
    void aNewOwnerAndManagersAddedOrRemovedAreTold() {
        long owner = Events.newAccountId();
        long manager = Events.newAccountId();

        listener.on(Events.example(CLUB_ROOM, "club.owner-changed", Map.of("ownerAccountId", owner)));
        listener.on(Events.example(CLUB_ROOM, "club.manager-changed", Map.of("accountId", manager)));
        listener.on(Events.example(CLUB_ROOM, "club.manager-changed", Map.of("accountId", manager, "manager", false)));

        assertThat(Probe.inbox(jdbc, owner).get(0)).containsEntry("content", "您被转让成为'摄影社'组织的负责人\n")
                .containsEntry("campus_type", 7);
        assertThat(Probe.inbox(jdbc, manager)).extracting(m -> m.get("content")).containsExactly(
                "您被'摄影社'组织的负责人移除了管理员身份\n", "您成为'摄影社'组织的管理员\n");
    }

    @Test
    void blocksAreKnownByNameSoTheBoyaBlockIsRecognised() {
        long blockId = Events.newAccountId();

        listener.on(Events.example(CLUB_ROOM, "block.saved", Map.of("blockId", blockId)));
        assertThat(blocks.isBoya(blockId)).isTrue();

        listener.on(Events.example(CLUB_ROOM, "block.deleted", Map.of("blockId", blockId)));
        assertThat(blocks.isBoya(blockId)).isFalse();
    }

    @Test
    void tenMinutesBeforeTheEventItsSubscribersAndGuestsAreReminded() {
        String eventId = Events.newUid();
        long creator = Events.newAccountId();
        long guest = Events.newAccountId();
        long subscriber = Events.newAccountId();
        long at = clock.instant().plus(Duration.ofMinutes(15)).toEpochMilli();
        listener.on(Events.example(CLUB_ROOM, "event.saved", Map.of("eventId", eventId, "eventTime", at,
                "creatorAccountId", creator, "memberAccountIds", List.of(creator, guest))));
        listener.on(Events.example(CLUB_ROOM, "event.subscribed", Map.of("eventId", eventId, "eventTime", at,
                "accountId", subscriber)));

        clock.advance(Duration.ofMinutes(6));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !Probe.inbox(jdbc, subscriber).isEmpty());
        assertThat(Probe.inbox(jdbc, subscriber)).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("title", "你预约的活动即将开始").containsEntry("url", "chaoqer://event/" + eventId));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Probe.inbox(jdbc, creator).size() == 1);
        assertThat(Probe.inbox(jdbc, creator).get(0)).containsEntry("title", "你参与的活动即将开始");
        assertThat(Probe.inbox(jdbc, guest)).extracting(m -> m.get("title")).containsExactly("你参与的活动即将开始",
                "有人已添加你为活动嘉宾");
        assertThat(reminder(eventId)).containsEntry("status", "FIRED");
    }

    private Map<String, Object> reminder(String eventId) {
        return jdbc.queryForMap("SELECT * FROM reminder WHERE kind = 'event' AND subject_id = ?", eventId);
    }
}
