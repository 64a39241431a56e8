package com.communitysuite.notification.mail;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.communitysuite.notification.support.Json;

/**
 * One e-mail to one address, as queued: what the local file writes ({@code fields}, in order), and what SMTP sends
 * from them: {@code to}, {@code subject}, {@code body}, and for meetings {@code calendar} with its
 * {@code calendarMethod}.
 */
public record OutgoingMail(String to, String subject, String body, String calendarMethod, String calendar,
        Map<String, Object> fields) {

    static OutgoingMail from(JsonNode payload, String defaultSubject) {
        return new OutgoingMail(payload.path("to").asString(), text(payload, "subject", defaultSubject),
                text(payload, "body", ""), text(payload, "calendarMethod", null), text(payload, "calendar", null),
                Json.map(payload));
    }

    private static String text(JsonNode payload, String field, String otherwise) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? otherwise : value.asString();
    }
}
