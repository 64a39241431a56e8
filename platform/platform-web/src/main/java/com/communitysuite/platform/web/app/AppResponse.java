package com.communitysuite.platform.web.app;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The app surface's envelope: {@code {"result": ..., "message": "...", "status": 1}} on success, and on a business
 * failure {@code status: 0} with the code in {@code result} and again in {@code errorCode}, as the original sent it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppResponse<T>(T result, String message, int status, Integer errorCode) {

    public static final int DEFAULT_ERROR_CODE = 0;

    public static AppResponse<Object> ok() {
        return new AppResponse<>(Map.of(), "Success", 1, null);
    }

    public static <T> AppResponse<T> ok(T result) {
        return ok(result, "Success");
    }

    public static <T> AppResponse<T> ok(T result, String message) {
        return new AppResponse<>(result, message, 1, null);
    }

    public static AppResponse<Integer> failure(int errorCode, String message) {
        return new AppResponse<>(errorCode, message, 0, errorCode);
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("result", result);
        map.put("message", message);
        map.put("status", status);
        if (errorCode != null) {
            map.put("errorCode", errorCode);
        }
        return map;
    }
}
