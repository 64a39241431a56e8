package com.communitysuite.activity.activity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mp document's answer to a change: {@code {"code": 200, "msg": "...", "access": ""}}. The original handed out
 * a new access token with every change (and so ended the previous one); this suite's tokens are not rotated per
 * request and this service holds none, so {@code access} is the document's empty string: keep the token you have.
 */
public final class MpAnswers {

    private MpAnswers() {
    }

    public static Map<String, Object> done(String msg) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 200);
        answer.put("msg", msg);
        answer.put("access", "");
        return answer;
    }
}
