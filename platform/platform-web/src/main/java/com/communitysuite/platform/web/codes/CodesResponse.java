package com.communitysuite.platform.web.codes;

import java.util.Map;

/** The request-code protocol's envelope: {@code {"code": "10313", "contents": {...}}}; codes travel as strings. */
public record CodesResponse(String code, Map<String, Object> contents) {

    public static CodesResponse of(int code, Map<String, Object> contents) {
        return new CodesResponse(Integer.toString(code), contents);
    }

    public static CodesResponse of(int code) {
        return of(code, Map.of());
    }
}
