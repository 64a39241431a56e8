package com.communitysuite.activity.activity;

import java.time.Instant;

/**
 * An activity's wx H5 page: its background, logo and music, the meeting whose members alone may take part, what it
 * collects of a member ({@code name}, {@code phone}, both as {@code name,phone}, or nothing), when it closes and the
 * course whose server signs members in. Null: not set.
 */
public record WxPage(String backgroundUrl, String logoUrl, String musicUrl, Long permissionMeetingId,
        String collectInfo, Instant closeAt, String courseId) {
}
