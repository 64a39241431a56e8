package com.communitysuite.notification.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPush REST v3 push body for one notification to a user's devices: their registration ids as the audience,
 * the platforms they are on, a notification per platform (Android: alert and title; iOS: title and body, sound,
 * badge +1; both with the deep link in {@code extras.url}), the original's "new notification" attach message, and
 * the time JPush keeps it for an offline device.
 */
final class JPushPayload {

    /** The original app's attach message telling the client a new notification arrived (attachType 3). */
    static final String NEW_NOTIFICATION_ATTACH = "{\"attachType\":3}";

    private JPushPayload() {
    }

    static Map<String, Object> of(PushNotification notification, List<PushDevice> devices, boolean apnsProduction) {
        List<String> platforms = devices.stream().map(d -> d.platform().jpushName()).distinct().toList();
        Map<String, Object> extras = Map.of("url", notification.url());
        Map<String, Object> perPlatform = new LinkedHashMap<>();
        if (platforms.contains(PushPlatform.ANDROID.jpushName())) {
            perPlatform.put("android", Map.of("alert", notification.content(), "title", notification.title(),
                    "extras", extras));
        }
        if (platforms.contains(PushPlatform.IOS.jpushName())) {
            perPlatform.put("ios", Map.of("alert", Map.of("title", notification.title(), "body",
                    notification.content()), "sound", "default", "badge", "+1", "extras", extras));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", platforms);
        body.put("audience", Map.of("registration_id", devices.stream().map(PushDevice::registrationId).toList()));
        body.put("notification", perPlatform);
        body.put("message", Map.of("msg_content", NEW_NOTIFICATION_ATTACH, "content_type", "application/json"));
        body.put("options", Map.of("time_to_live", notification.timeToLive().toSeconds(), "apns_production",
                apnsProduction));
        return body;
    }
}
