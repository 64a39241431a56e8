package com.communitysuite.notification.inbox;

/**
 * The original app's messages and deep links: cards, room invites, event guests and event starts, and this
 * service's event reminders and mp review results.
 */
public final class AppNotices {

    public static final String ROOM_LINK = "chaoqer://room/";
    public static final String PROFILE_LINK = "chaoqer://profile/";
    public static final String EVENT_LINK = "chaoqer://event/";
    /** Said of a sender this service knows no name of (their profile event has not arrived). */
    static final String SOMEONE = "有人";

    private AppNotices() {
    }

    /** A user sent the receiver their card: title the sender's name. */
    public static Notice card(long receiverAccountId, long senderAccountId, String senderUid, String senderNickname) {
        return Notice.interactive(receiverAccountId, senderAccountId, senderUid, name(senderNickname),
                "给你发送了一张名片", PROFILE_LINK + senderUid);
    }

    /** A host invited the receiver to a room: the room's name, or "{nickname}创建的活动" for one without. */
    public static Notice roomInvite(long inviteeAccountId, long inviterAccountId, String inviterUid,
            String inviterNickname, String roomId, String roomName) {
        String name = name(inviterNickname);
        String content = roomName == null || roomName.isBlank() ? name + "创建的活动" : roomName;
        return Notice.interactive(inviteeAccountId, inviterAccountId, inviterUid, name + "邀请你加入活动", content,
                ROOM_LINK + roomId);
    }

    /** The creator of a scheduled event made the receiver one of its guests. */
    public static Notice eventGuest(long memberAccountId, long creatorAccountId, String creatorUid,
            String creatorNickname, String eventId, String eventName) {
        return Notice.interactive(memberAccountId, creatorAccountId, creatorUid == null ? "" : creatorUid,
                name(creatorNickname) + "已添加你为活动嘉宾", eventName, EVENT_LINK + eventId);
    }

    /** An event the receiver subscribed to was started: its room is open. */
    public static Notice eventStarted(long subscriberAccountId, String eventName, String roomId) {
        return Notice.system(subscriberAccountId, "你预约的活动已经开始了", eventName, ROOM_LINK + roomId);
    }

    /** Ten minutes before an event the receiver subscribed to. */
    public static Notice subscribedEventSoon(long subscriberAccountId, String eventId, String eventName) {
        return Notice.system(subscriberAccountId, "你预约的活动即将开始", eventName, EVENT_LINK + eventId);
    }

    /** Ten minutes before an event the receiver is a guest or host of. */
    public static Notice guestEventSoon(long memberAccountId, String eventId, String eventName) {
        return Notice.system(memberAccountId, "你参与的活动即将开始", eventName, EVENT_LINK + eventId);
    }

    /** An activity admin approved the owner's mp activity: it is published. */
    public static Notice activityApproved(long ownerAccountId, long activityId, String title) {
        return Notice.aboutActivity(ownerAccountId, "活动审核通过", "您提交的活动'" + title + "'已通过审核，现已发布",
                activityId);
    }

    /** An activity admin denied it: it is back among the owner's drafts. */
    public static Notice activityDenied(long ownerAccountId, long activityId, String title) {
        return Notice.aboutActivity(ownerAccountId, "活动未通过审核",
                "您提交的活动'" + title + "'未通过审核，已退回草稿箱", activityId);
    }

    /** The owner or a manager decided on the receiver's application to join a reviewed activity. */
    public static Notice applicationDecided(long applicantAccountId, long activityId, String title,
            boolean approved) {
        return Notice.aboutActivity(applicantAccountId, "活动报名审核结果", "您报名活动'" + title + "'的申请"
                + (approved ? "已通过" : "未通过"), activityId);
    }

    private static String name(String nickname) {
        return nickname == null || nickname.isBlank() ? SOMEONE : nickname;
    }
}
