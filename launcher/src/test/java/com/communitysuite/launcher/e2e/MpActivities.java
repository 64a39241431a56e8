package com.communitysuite.launcher.e2e;

import java.time.LocalDate;

/** The mp activity the tests create: a one-day offline activity with a schedule. */
final class MpActivities {

    private MpActivities() {
    }

    /** The body of {@code POST /mp/activity/} (and its updates) for an activity of that title on that day. */
    static String activity(String title, LocalDate start) {
        return """
                {"title": "%s", "start_date": "%s", "end_date": "%s", "activity_category": 4, "activity_type": 1,
                 "address": "北京市", "detail_address": "海淀区1号", "longitude": 116.3, "latitude": 39.9,
                 "register_url": "https://example.org/register", "poster": 2,
                 "schedules": [[{"start": "14:00", "end": "15:00", "topic": "分享", "speakerList": [{"name": "李四"}]}]]}
                """.formatted(title, start, start);
    }
}
