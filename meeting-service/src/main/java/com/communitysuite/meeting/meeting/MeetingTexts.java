package com.communitysuite.meeting.meeting;

/** The mp original's answers to a refused meeting request ({@code U/ret_code.py}), shown by the mini-program. */
public final class MeetingTexts {

    public static final String INVALID = "参数无效";
    public static final String START_AFTER_NOW = "开始时间应大于当前时间";
    public static final String START_WITHIN_LIMIT = "建议预定60天之内的会议或者活动";
    public static final String START_BEFORE_END = "开始时间应小于结束时间";
    public static final String NO_SUCH_GROUP = "用户组不存在";
    public static final String INVALID_ETHERPAD = "无效的Etherpad链接";
    public static final String EMAIL_LIST_TOO_LONG = "邮件地址长度超限";
    public static final String EMAIL_TOO_LONG = "单封邮件地址长度超限";
    public static final String INVALID_EMAIL = "无效的邮件地址";
    public static final String CREATE_FAILED = "创建会议失败";
    public static final String TIME_CONFLICT = "时间冲突，请调整时间预定会议";
    public static final String CHANGED = "信息发生变化，请刷新后重试";
    public static final String NOT_YOURS = "无权限删除会议";
    public static final String TOO_LATE_TO_CANCEL = "距离会议开始时间小于一个小时，无法删除";
    public static final String CANCEL_FAILED = "操作失败";
    public static final String NOT_A_MEMBER = "需要Maintainer或者会议管理员权限！！！";

    private MeetingTexts() {
    }
}
