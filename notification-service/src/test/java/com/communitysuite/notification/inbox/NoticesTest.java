package com.communitysuite.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The original apps' texts and deep links. */
class NoticesTest {

    @Test
    void appMessagesHaveTheOriginalsTextsAndLinks() {
        Notice card = AppNotices.card(13, 12, "2701a6fb", "小明");
        assertThat(card.title()).isEqualTo("小明");
        assertThat(card.content()).isEqualTo("给你发送了一张名片");
        assertThat(card.url()).isEqualTo("chaoqer://profile/2701a6fb");
        assertThat(card.origin()).isEqualTo(Notice.Origin.INTERACTIVE);

        Notice invite = AppNotices.roomInvite(13, 12, "2701a6fb", null, "6a0c", null);
        assertThat(invite.title()).isEqualTo("有人邀请你加入活动");
        assertThat(invite.content()).isEqualTo("有人创建的活动");
        assertThat(invite.url()).isEqualTo("chaoqer://room/6a0c");

        assertThat(AppNotices.eventGuest(13, 12, "u", "小明", "7b0c", "读书会").title()).isEqualTo("小明已添加你为活动嘉宾");
        assertThat(AppNotices.eventGuest(13, 12, "u", "小明", "7b0c", "读书会").url()).isEqualTo("chaoqer://event/7b0c");
        Notice started = AppNotices.eventStarted(13, "读书会", "6a0c");
        assertThat(started.title()).isEqualTo("你预约的活动已经开始了");
        assertThat(started.origin()).isEqualTo(Notice.Origin.SYSTEM);
        assertThat(AppNotices.subscribedEventSoon(13, "7b0c", "读书会").url()).isEqualTo("chaoqer://event/7b0c");
    }

    @Test
    void campusNotificationsHaveTheOriginalsTextsAndTypes() {
        assertThat(CampusNotices.actContent(1, 21, "分享会").content()).isEqualTo("您参与的活动'分享会'内容发生了改变，请及时查看\n");
        assertThat(CampusNotices.actCancel(1, "分享会").content()).isEqualTo("您参与的活动'分享会'已被取消\n");
        assertThat(CampusNotices.removalFromAct(1, 21, "分享会").content()).isEqualTo("您已被管理员从活动'分享会'中移除\n");
        assertThat(CampusNotices.actCommented(1, 21, "小明", "分享会", "好").content())
                .isEqualTo("用户'小明'评论了您管理的活动'分享会'：\n好\n");
        assertThat(CampusNotices.actCommentModified(1, 21, "小明", "分享会", "好").content())
                .isEqualTo("用户'小明'在您管理的活动'分享会'中修改了评论：\n好\n");
        assertThat(CampusNotices.orgApplyResult(1, "摄影社", true, 9L).content()).isEqualTo("您创建'摄影社'组织的申请已经通过\n");
        assertThat(CampusNotices.orgApplyResult(1, "摄影社", false, null).content()).isEqualTo("您创建'摄影社'组织的申请被拒绝了\n");
        assertThat(CampusNotices.becomeOwner(1, 9, "摄影社").content()).isEqualTo("您被转让成为'摄影社'组织的负责人\n");
        assertThat(CampusNotices.becomeAdmin(1, 9, "摄影社").content()).isEqualTo("您成为'摄影社'组织的管理员\n");
        assertThat(CampusNotices.removalFromAdmin(1, 9, "摄影社").content()).isEqualTo("您被'摄影社'组织的负责人移除了管理员身份\n");
        assertThat(CampusNotices.becomeAdmin(1, 9, "摄影社").campusType()).isEqualTo(8);
        assertThat(CampusNotices.actCommentModified(1, 21, "a", "b", "c").campusType()).isEqualTo(10);
    }
}
