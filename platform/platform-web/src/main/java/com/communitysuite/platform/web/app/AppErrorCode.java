package com.communitysuite.platform.web.app;

/**
 * The app document's business codes ("Operate Error Code"), sent with HTTP 200 and {@code status: 0}, and the
 * domain exception reasons each stands for (a domain failure whose reason is not here is sent with code 0).
 */
public enum AppErrorCode {
    DUPLICATE_CALL(-1, "短时间内重复调用(直接忽略请求)", null),
    DEFAULT(0, "Failure", null),
    ACCOUNT_NOT_FOUND(100000, "账号不存在", "account.not-found"),
    ACCOUNT_EXISTS(100001, "账号已存在", "account.exists"),
    ACCOUNT_FROZEN(100002, "账号已被冻结", "account.frozen"),
    PROFILE_NOT_INITIALISED(200000, "用户资料未初始化", "profile.not-initialised"),
    PROFILE_ALREADY_INITIALISED(200001, "用户资料已初始化", "profile.already-initialised"),
    USER_NOT_FOUND(200002, "用户不存在", "user.not-found"),
    MESSAGE_NOT_FOUND(200003, "消息不存在", "message.not-found"),
    ROOM_NOT_FOUND(400000, "活动不存在", "room.not-found"),
    ROOM_BLOCKED(400001, "无法加入此活动(有主持人拉黑了你)", "room.blocked"),
    CLUB_NOT_FOUND(500000, "圈子不存在", "club.not-found"),
    EVENT_NOT_FOUND(600000, "日程不存在", "event.not-found");

    private final int code;
    private final String message;
    private final String reason;

    AppErrorCode(int code, String message, String reason) {
        this.code = code;
        this.message = message;
        this.reason = reason;
    }

    /** The code a domain exception's reason stands for, or {@link #DEFAULT}. */
    public static AppErrorCode forReason(String reason) {
        for (AppErrorCode code : values()) {
            if (code.reason != null && code.reason.equals(reason)) {
                return code;
            }
        }
        return DEFAULT;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }
}
