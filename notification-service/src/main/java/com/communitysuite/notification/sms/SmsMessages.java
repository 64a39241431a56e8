package com.communitysuite.notification.sms;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.DeliveryQueue;

/** Queues an SMS captcha account-service asked for; it is not sent once the captcha has expired. */
@Component
public class SmsMessages {

    static final String CHANNEL = "sms";

    private final DeliveryQueue queue;

    SmsMessages(DeliveryQueue queue) {
        this.queue = queue;
    }

    public void enqueue(String to, Map<String, Object> message, Instant validUntil) {
        queue.enqueue(CHANNEL, to, message, validUntil);
    }
}
