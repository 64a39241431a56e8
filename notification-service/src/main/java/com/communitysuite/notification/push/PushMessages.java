package com.communitysuite.notification.push;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.DeliveryQueue;
import com.communitysuite.notification.inbox.Notice;

/** Queues the push that goes with an inbox message. */
@Component
public class PushMessages {

    static final String CHANNEL = "push";
    /** The original's JPush time_to_live: a day for system and official messages, 10 minutes for interactive ones. */
    static final Duration SYSTEM_TIME_TO_LIVE = Duration.ofDays(1);
    static final Duration INTERACTIVE_TIME_TO_LIVE = Duration.ofMinutes(10);

    private final DeliveryQueue queue;
    private final Clock clock;

    PushMessages(DeliveryQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    public void enqueue(long accountId, String title, String content, String url, Notice.Origin origin) {
        Duration timeToLive = origin == Notice.Origin.INTERACTIVE ? INTERACTIVE_TIME_TO_LIVE : SYSTEM_TIME_TO_LIVE;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("accountId", accountId);
        payload.put("title", title);
        payload.put("content", content);
        payload.put("url", url);
        payload.put("timeToLive", timeToLive.toSeconds());
        // Not worth sending once JPush itself would have stopped holding it for an offline device.
        queue.enqueue(CHANNEL, Long.toString(accountId), payload, clock.instant().plus(timeToLive));
    }

    /** The user logged off: what was still to be pushed to them is not. */
    public void cancelPending(long accountId) {
        queue.cancelPending(CHANNEL, Long.toString(accountId));
    }
}
