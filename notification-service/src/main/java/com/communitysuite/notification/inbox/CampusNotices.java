package com.communitysuite.notification.inbox;

/**
 * The campus platform's notification types with the original's texts (each ends with a line break, as the
 * original's did). They go to the user's inbox with the type, the activity ({@code act}) and the organization
 * ({@code org}) they are about, and a short title of this service's own. Type 4 (NewBoya) came from the
 * original's Boya import job, which no service of the suite has, so nothing here makes it.
 */
public final class CampusNotices {

    public static final int ACT_CONTENT = 1;
    public static final int ACT_CANCEL = 2;
    public static final int REMOVAL_FROM_ACT = 3;
    public static final int ACT_COMMENTED = 5;
    public static final int ORG_APPLY_RES = 6;
    public static final int BECOME_OWNER = 7;
    public static final int BECOME_ADMIN = 8;
    public static final int REMOVAL_FROM_ADMIN = 9;
    public static final int ACT_COMMENT_MODIFIED = 10;

    private CampusNotices() {
    }

    public static Notice actContent(long participant, long activityId, String act) {
        return Notice.campus(participant, ACT_CONTENT, "活动内容变更", "您参与的活动'" + act + "'内容发生了改变，请及时查看\n",
                activityId, null);
    }

    /** The activity is gone, so the notification no longer points to it (the original's act was null). */
    public static Notice actCancel(long participant, String act) {
        return Notice.campus(participant, ACT_CANCEL, "活动已取消", "您参与的活动'" + act + "'已被取消\n", null, null);
    }

    public static Notice removalFromAct(long person, long activityId, String act) {
        return Notice.campus(person, REMOVAL_FROM_ACT, "已被移出活动", "您已被管理员从活动'" + act + "'中移除\n",
                activityId, null);
    }

    public static Notice actCommented(long owner, long activityId, String user, String act, String comment) {
        return Notice.campus(owner, ACT_COMMENTED, "活动有新评论", "用户'" + user + "'评论了您管理的活动'" + act + "'：\n"
                + comment + "\n", activityId, null);
    }

    public static Notice actCommentModified(long owner, long activityId, String user, String act, String comment) {
        return Notice.campus(owner, ACT_COMMENT_MODIFIED, "活动评论被修改", "用户'" + user + "'在您管理的活动'" + act
                + "'中修改了评论：\n" + comment + "\n", activityId, null);
    }

    /** On approval it points to the new organization, on rejection to none (as the original). */
    public static Notice orgApplyResult(long applicant, String org, boolean approved, Long organizationId) {
        return Notice.campus(applicant, ORG_APPLY_RES, approved ? "组织申请已通过" : "组织申请被拒绝",
                "您创建'" + org + "'组织的申请" + (approved ? "已经通过" : "被拒绝了") + "\n", null,
                approved ? organizationId : null);
    }

    public static Notice becomeOwner(long owner, long organizationId, String org) {
        return Notice.campus(owner, BECOME_OWNER, "成为组织负责人", "您被转让成为'" + org + "'组织的负责人\n", null,
                organizationId);
    }

    public static Notice becomeAdmin(long manager, long organizationId, String org) {
        return Notice.campus(manager, BECOME_ADMIN, "成为组织管理员", "您成为'" + org + "'组织的管理员\n", null,
                organizationId);
    }

    public static Notice removalFromAdmin(long formerManager, long organizationId, String org) {
        return Notice.campus(formerManager, REMOVAL_FROM_ADMIN, "管理员身份被移除", "您被'" + org
                + "'组织的负责人移除了管理员身份\n", null, organizationId);
    }
}
