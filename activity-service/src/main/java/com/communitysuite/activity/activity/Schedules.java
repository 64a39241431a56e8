package com.communitysuite.activity.activity;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.PlainText;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An activity's schedules as the mp original accepted them: days (a list of lists; one day may come as a flat list)
 * of sessions {@code {start, end, topic, speakerList: [{name, title?}]}}, times between 08:00 and 22:55 in steps of
 * five minutes, no markup, links or line breaks in the texts, at most 8192 characters of JSON.
 */
public final class Schedules {

    static final String FIELD = "schedules";
    private static final int MAX_JSON_LENGTH = 8192;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Schedules() {
    }

    /** The schedules as compact JSON text, or {@link InvalidInputException} naming {@code schedules}. */
    public static String validate(JsonNode schedules) {
        if (schedules == null || !schedules.isArray() || schedules.isEmpty()) {
            throw invalid();
        }
        boolean days = schedules.get(0).isArray();
        for (JsonNode entry : schedules) {
            if (days) {
                if (!entry.isArray()) {
                    throw invalid();
                }
                entry.forEach(Schedules::session);
            }
            else {
                session(entry);
            }
        }
        String json = JSON.writeValueAsString(schedules);
        if (json.length() > MAX_JSON_LENGTH) {
            throw invalid();
        }
        return json;
    }

    /** Schedules sent as JSON text (the original's {@code activityupdate} took them so) or as JSON. */
    public static String validateTextOrJson(JsonNode schedules) {
        if (schedules != null && schedules.isString()) {
            try {
                return validate(JSON.readTree(schedules.asString()));
            }
            catch (JacksonException e) {
                throw invalid();
            }
        }
        return validate(schedules);
    }

    private static void session(JsonNode session) {
        if (!session.isObject()) {
            throw invalid();
        }
        int start = minuteOfDay(session.get("start"));
        int end = minuteOfDay(session.get("end"));
        if (end < start) {
            throw new InvalidInputException(FIELD, ContentRules.INVALID);
        }
        text(session.get("topic"), true);
        JsonNode speakers = session.get("speakerList");
        if (speakers == null || !speakers.isArray()) {
            throw invalid();
        }
        for (JsonNode speaker : speakers) {
            if (!speaker.isObject()) {
                throw invalid();
            }
            text(speaker.get("name"), true);
            text(speaker.get("title"), false);
        }
    }

    private static void text(JsonNode value, boolean required) {
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid();
            }
            return;
        }
        if (!value.isString()) {
            throw invalid();
        }
        PlainText.check(FIELD, value.asString(), false);
    }

    /** HH:MM with the hour 8 to 22 and the minutes a multiple of five. */
    private static int minuteOfDay(JsonNode time) {
        if (time == null || !time.isString() || !time.asString().matches("\\d{1,2}:\\d{2}")) {
            throw invalid();
        }
        String[] parts = time.asString().split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour < 8 || hour > 22 || minute > 55 || minute % 5 != 0) {
            throw invalid();
        }
        return hour * 60 + minute;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(FIELD, ContentRules.INVALID);
    }
}
