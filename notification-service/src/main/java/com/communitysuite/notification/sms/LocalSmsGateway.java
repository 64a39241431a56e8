package com.communitysuite.notification.sms;

import java.util.Map;

import com.communitysuite.notification.delivery.LocalOutbox;

/**
 * The local profile's SMS: the message as account-service asked for it, one line of {@code sms.jsonl}
 * ({@code {"channel","to","template","code","body","at"}}, the format the README documents).
 */
class LocalSmsGateway implements SmsGateway {

    private final LocalOutbox outbox;

    LocalSmsGateway(LocalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public SmsResult send(String to, String code, Map<String, Object> fields) {
        outbox.append("sms", fields);
        return new Sent("local");
    }
}
