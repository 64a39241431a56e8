package com.communitysuite.notification.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.people.People;
import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;

/** activity-service's events, from the contract examples: review results and the campus notifications. */
@NotificationServiceTest
class ActivityEventsListenerTest {

    static final String ACTIVITY = "activity-service";

    @Autowired
    ActivityEventsListener listener;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnerLearnsWhetherTheirActivityWasApprovedOrDenied() {
        long approved = Events.newAccountId();
        long denied = Events.newAccountId();

        listener.on(Events.example(ACTIVITY, "activity.approved", Map.of("ownerAccountId", approved)));
        listener.on(Events.example(ACTIVITY, "activity.denied", Map.of("ownerAccountId", denied)));

        assertThat(Probe.inbox(jdbc, approved).get(0)).containsEntry("title", "活动审核通过")
                .containsEntry("content", "您提交的活动'开源之夏分享会'已通过审核，现已发布").containsEntry("activity_id", 21L);
        assertThat(Probe.inbox(jdbc, denied).get(0)).containsEntry("title", "活动未通过审核")
                .containsEntry("content", "您提交的活动'开源之夏分享会'未通过审核，已退回草稿箱");
    }

    @Test
    void participantsAreToldOfChangedContentAndOfACancellation() {
        long first = Events.newAccountId();
        long second = Events.newAccountId();

        listener.on(Events.example(ACTIVITY, "activity.content-changed", Map.of("participantAccountIds",
                List.of(first, second))));
        listener.on(Events.example(ACTIVITY, "activity.deleted", Map.of("participantAccountIds", List.of(first))));

        assertThat(Probe.inbox(jdbc, first)).extracting(m -> m.get("content")).containsExactly(
                "您参与的活动'开源之夏分享会'已被取消\n", "您参与的活动'开源之夏分享会'内容发生了改变，请及时查看\n");
        assertThat(Probe.inbox(jdbc, first).get(0)).containsEntry("campus_type", 2);
        assertThat(Probe.inbox(jdbc, first).get(0).get("activity_id")).as("the activity is gone").isNull();
        assertThat(Probe.inbox(jdbc, second)).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("campus_type", 1).containsEntry("activity_id", 21L));
    }

    @Test
    void aParticipantRemovedBySomeoneElseIsToldButOneWhoLeftIsNot() {
        long removed = Events.newAccountId();
        long left = Events.newAccountId();

        listener.on(Events.example(ACTIVITY, "participant.left", Map.of("accountId", removed)));
        listener.on(Events.example(ACTIVITY, "participant.left", Map.of("accountId", left, "removedByAccountId",
                left)));

        assertThat(Probe.inbox(jdbc, removed)).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("content", "您已被管理员从活动'开源之夏分享会'中移除\n").containsEntry("campus_type", 3));
        assertThat(Probe.inbox(jdbc, left)).isEmpty();
    }

    @Test
    void theOwnerIsToldOfCommentsExceptNewOnesInTheBoyaBlock() {
        long owner = Events.newAccountId();
        long author = Events.newAccountId();
        people.profileChanged(author, "a" + author, "评论者");
        long boya = Events.newAccountId();
        jdbc.update("INSERT INTO campus_block (block_id, name) VALUES (?, '博雅')", boya);

        listener.on(Events.example(ACTIVITY, "comment.saved", Map.of("ownerAccountId", owner, "authorAccountId",
                author)));
        listener.on(Events.example(ACTIVITY, "comment.saved", Map.of("ownerAccountId", owner, "authorAccountId",
                author, "created", false, "content", "改了")));
        listener.on(Events.example(ACTIVITY, "comment.saved", Map.of("ownerAccountId", owner, "authorAccountId",
                author, "blockId", boya)));

        assertThat(Probe.inbox(jdbc, owner)).extracting(m -> m.get("content")).containsExactly(
                "用户'评论者'在您管理的活动'开源之夏分享会'中修改了评论：\n改了\n",
                "用户'评论者'评论了您管理的活动'开源之夏分享会'：\n很棒\n");
        assertThat(Probe.inbox(jdbc, owner)).extracting(m -> m.get("campus_type")).containsExactly(10,
                5);
    }

    @Test
    void anApplicantLearnsTheDecision() {
        long applicant = Events.newAccountId();

        listener.on(Events.example(ACTIVITY, "participant.application-decided", Map.of("accountId", applicant)));

        assertThat(Probe.inbox(jdbc, applicant).get(0)).containsEntry("content", "您报名活动'开源之夏分享会'的申请已通过");
    }
}
