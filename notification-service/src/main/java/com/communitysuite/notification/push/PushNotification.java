package com.communitysuite.notification.push;

import java.time.Duration;

/**
 * An alert for a user's devices: title, content and the deep link in {@code extras.url}, kept by JPush for
 * {@code timeToLive} while a device is offline.
 */
public record PushNotification(long accountId, String title, String content, String url, Duration timeToLive) {
}
