package com.communitysuite.platform.web.mp;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The mp surface's envelope: {@code {"code": 200, "msg": "...", "data": ...}}; {@code data} is left out when null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MpResponse<T>(int code, String msg, T data) {

    public static MpResponse<Void> ok(String msg) {
        return new MpResponse<>(200, msg, null);
    }

    public static <T> MpResponse<T> ok(T data) {
        return new MpResponse<>(200, "success", data);
    }
}
