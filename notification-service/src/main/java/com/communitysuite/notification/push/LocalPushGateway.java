package com.communitysuite.notification.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.communitysuite.notification.delivery.LocalOutbox;

/** The local profile's JPush: one line per device in {@code push.jsonl}, {@code to} being its registration id. */
class LocalPushGateway implements PushGateway {

    private final LocalOutbox outbox;

    LocalPushGateway(LocalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public PushResult push(PushNotification notification, List<PushDevice> devices) {
        for (PushDevice device : devices) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("channel", "push");
            line.put("to", device.registrationId());
            line.put("platform", device.platform().jpushName());
            line.put("accountId", notification.accountId());
            line.put("title", notification.title());
            line.put("content", notification.content());
            line.put("url", notification.url());
            outbox.append("push", line);
        }
        return new Delivered("local");
    }
}
