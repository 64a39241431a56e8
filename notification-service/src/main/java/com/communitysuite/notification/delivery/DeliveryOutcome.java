package com.communitysuite.notification.delivery;

import java.time.Duration;

/** What became of one attempt to send a delivery. */
public sealed interface DeliveryOutcome {

    record Sent() implements DeliveryOutcome {
    }

    /** A passing failure (the service busy, rate-limited, unreachable): try again, after {@code after} if given. */
    record Retry(String reason, Duration after) implements DeliveryOutcome {
    }

    /** Refused for good (bad credentials, an invalid payload): an operator has to look. */
    record Failed(String reason) implements DeliveryOutcome {
    }

    /** Nobody to send it to. */
    record Dropped(String reason) implements DeliveryOutcome {
    }

    static DeliveryOutcome sent() {
        return new Sent();
    }

    static DeliveryOutcome retry(String reason) {
        return new Retry(reason, null);
    }
}
