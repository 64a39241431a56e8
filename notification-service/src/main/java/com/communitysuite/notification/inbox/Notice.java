package com.communitysuite.notification.inbox;

import java.util.Objects;

/**
 * A message for one user's inbox (and their devices): what the app shows as {@code messageBody}, who it is from,
 * and for campus notifications and review results the type and the activity or organization it is about.
 *
 * @param recipientAccountId who gets it
 * @param origin             system, official or interactive (from the user {@code originAccountId})
 * @param originAccountId    the sending user of an interactive message
 * @param originUid          that user's app uid, shown as {@code originUid}
 * @param title              {@code messageBody.title}
 * @param content            {@code messageBody.content}
 * @param url                {@code messageBody.url}, a {@code chaoqer://} deep link or empty
 * @param campusType         the campus platform's notification type 1-10, or null
 * @param activityId         the activity it is about, or null
 * @param organizationId     the organization it is about, or null
 */
public record Notice(long recipientAccountId, Origin origin, Long originAccountId, String originUid, String title,
        String content, String url, Integer campusType, Long activityId, Long organizationId) {

    public Notice {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        url = url == null ? "" : url;
        if (origin == Origin.INTERACTIVE && originAccountId == null) {
            throw new IllegalArgumentException("an interactive message names its sender");
        }
    }

    /** A message from the system (no sender). */
    public static Notice system(long recipientAccountId, String title, String content, String url) {
        return new Notice(recipientAccountId, Origin.SYSTEM, null, null, title, content, url, null, null, null);
    }

    /** A message another user caused (an invite, a card): never delivered when the receiver blocked them. */
    public static Notice interactive(long recipientAccountId, long originAccountId, String originUid, String title,
            String content, String url) {
        return new Notice(recipientAccountId, Origin.INTERACTIVE, originAccountId, originUid, title, content, url,
                null, null, null);
    }

    /** A campus platform notification of the given type. */
    public static Notice campus(long recipientAccountId, int type, String title, String content, Long activityId,
            Long organizationId) {
        return new Notice(recipientAccountId, Origin.SYSTEM, null, null, title, content, "", type, activityId,
                organizationId);
    }

    /** A notice about an activity that is not one of the campus types (mp review results, applications). */
    public static Notice aboutActivity(long recipientAccountId, String title, String content, long activityId) {
        return new Notice(recipientAccountId, Origin.SYSTEM, null, null, title, content, "", null, activityId, null);
    }

    /** The app document's {@code originPushType}; push messages keep a system one for a day, an interactive one 10 min. */
    public enum Origin {
        SYSTEM(0), OFFICIAL(1), INTERACTIVE(2);

        private final int code;

        Origin(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
