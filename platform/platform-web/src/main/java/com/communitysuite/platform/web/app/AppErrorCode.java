package com.communitysuite.platform.web.app;

/** The app document's business codes ("Operate Error Code"), sent with HTTP 200 and {@code status: 0}. */
public enum AppErrorCode {
    DUPLICATE_CALL(-1, "短时间内重复调用(直接忽略请求)"),
    DEFAULT(0, "Failure"),
    ACCOUNT_NOT_FOUND(100000, "账号不存在"),
    ACCOUNT_EXISTS(100001, "账号已存在"),
    ACCOUNT_FROZEN(100002, "账号已被冻结"),
    PROFILE_NOT_INITIALISED(200000, "用户资料未初始化"),
    PROFILE_ALREADY_INITIALISED(200001, "用户资料已初始化"),
    USER_NOT_FOUND(200002, "用户不存在"),
    MESSAGE_NOT_FOUND(200003, "消息不存在"),
    ROOM_NOT_FOUND(400000, "活动不存在"),
    ROOM_BLOCKED(400001, "无法加入此活动(有主持人拉黑了你)"),
    CLUB_NOT_FOUND(500000, "圈子不存在"),
    EVENT_NOT_FOUND(600000, "日程不存在");

    private final int code;
    private final String message;

    AppErrorCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }
}
