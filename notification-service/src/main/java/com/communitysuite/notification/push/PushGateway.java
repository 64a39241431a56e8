package com.communitysuite.notification.push;

import java.time.Duration;
import java.util.List;

/** Where pushes go: JPush, or the local outbox file. */
public interface PushGateway {

    PushResult push(PushNotification notification, List<PushDevice> devices);

    sealed interface PushResult {
    }

    record Delivered(String messageId) implements PushResult {
    }

    /** JPush is busy or rate-limited (1000, 1030, 2002) or unreachable: try again, after {@code after} if known. */
    record TryAgain(String reason, Duration after) implements PushResult {
    }

    /** No device matches these registration ids any more (1011). */
    record DeadDevices(List<String> registrationIds) implements PushResult {
    }

    /** Refused for good (credentials, payload). */
    record Refused(String reason) implements PushResult {
    }
}
