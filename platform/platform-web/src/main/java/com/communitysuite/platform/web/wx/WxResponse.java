package com.communitysuite.platform.web.wx;

/** The wx surface's envelope: {@code {"code": 0|1, "msg": "...", "data": ...}}. */
public record WxResponse<T>(int code, String msg, T data) {

    public static <T> WxResponse<T> ok(String msg, T data) {
        return new WxResponse<>(0, msg, data);
    }

    public static WxResponse<Void> failure(String msg) {
        return new WxResponse<>(1, msg, null);
    }
}
