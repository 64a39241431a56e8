package com.communitysuite.account.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * A message account-service needs delivered (an SMS captcha, an e-mail verification code); notification-service
 * delivers it, and in the local profile writes it to {@code var/outbox/<channel>.jsonl}.
 *
 * @param channel  {@code sms} or {@code email}
 * @param to       the phone number ({@code +86...}) or the e-mail address; also the event's key
 * @param template {@code captcha} or {@code verification-code}
 * @param subject  the e-mail's subject; absent for an SMS
 */
@EventType("account.message-requested")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRequested(String channel, String to, String template, String code, String subject, String body)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return to;
    }
}
