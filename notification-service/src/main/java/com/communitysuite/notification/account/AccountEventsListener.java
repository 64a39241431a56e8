package com.communitysuite.notification.account;

import static com.communitysuite.notification.support.EventData.required;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.clubroom.ScheduledEvents;
import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.mail.MailMessages;
import com.communitysuite.notification.meeting.Meetings;
import com.communitysuite.notification.people.People;
import com.communitysuite.notification.push.PushDevices;
import com.communitysuite.notification.push.PushMessages;
import com.communitysuite.notification.sms.SmsMessages;
import com.communitysuite.notification.support.EventData;
import com.communitysuite.notification.support.Json;
import com.communitysuite.notification.wechat.WechatMessages;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/**
 * account-service's events: the SMS and e-mail codes it asks to be delivered, devices unbound when a user signs
 * out, and everything of a user erased when they log off.
 */
@Component
class AccountEventsListener {

    static final String CONSUMER = "notification-service.account-events";

    private final IdempotentConsumer consumer;
    private final SmsMessages sms;
    private final MailMessages mail;
    private final PushDevices devices;
    private final PushMessages push;
    private final Inbox inbox;
    private final People people;
    private final Meetings meetings;
    private final ScheduledEvents events;
    private final WechatMessages wechat;
    private final Duration codeValidity;
    private final Clock clock;

    AccountEventsListener(IdempotentConsumer consumer, SmsMessages sms, MailMessages mail, PushDevices devices,
            PushMessages push, Inbox inbox, People people, Meetings meetings, ScheduledEvents events,
            WechatMessages wechat,
            @Value("${notification.codes.validity:5m}") Duration codeValidity, Clock clock) {
        this.consumer = consumer;
        this.sms = sms;
        this.mail = mail;
        this.devices = devices;
        this.push = push;
        this.inbox = inbox;
        this.people = people;
        this.meetings = meetings;
        this.events = events;
        this.wechat = wechat;
        this.codeValidity = codeValidity;
        this.clock = clock;
    }

    @KafkaListener(topics = "account-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "account.message-requested" -> messageRequested(event);
            case "account.logged-out" -> devices.unbindBoundBefore(EventData.decode(event, Account.class).accountId(),
                    occurred(event));
            case "account.sessions-revoked" -> {
                SessionsRevoked revoked = EventData.decode(event, SessionsRevoked.class);
                if (revoked.surface() == null || "app".equals(revoked.surface())) {
                    devices.unbindBoundBefore(revoked.accountId(), occurred(event));
                }
            }
            case "account.logged-off" -> loggedOff(EventData.decode(event, Account.class).accountId());
            default -> {
            }
        }
    }

    private void messageRequested(EventEnvelope event) {
        MessageRequested message = EventData.decode(event, MessageRequested.class);
        // The local file keeps the message exactly as account-service asked for it.
        Map<String, Object> fields = Json.map(event.data());
        Instant validUntil = occurred(event).plus(codeValidity);
        switch (message.channel()) {
            case "sms" -> sms.enqueue(message.to(), fields, validUntil);
            case "email" -> mail.code(message.to(), fields, validUntil);
            default -> throw new EventData.MalformedEventException("no channel " + message.channel());
        }
    }

    private void loggedOff(long accountId) {
        inbox.erase(accountId);
        devices.erase(accountId);
        push.cancelPending(accountId);
        wechat.cancelPending(accountId);
        people.erase(accountId);
        meetings.forget(accountId);
        events.forget(accountId);
    }

    private Instant occurred(EventEnvelope event) {
        return event.occurredAt() == null ? clock.instant() : event.occurredAt();
    }

    record Account(Long accountId) {

        Account {
            required(accountId, "accountId");
        }
    }

    record SessionsRevoked(Long accountId, String surface) {

        SessionsRevoked {
            required(accountId, "accountId");
        }
    }

    record MessageRequested(String channel, String to, String code) {

        MessageRequested {
            required(channel, "channel");
            required(to, "to");
            required(code, "code");
        }
    }
}
