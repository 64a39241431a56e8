package com.communitysuite.account.messages;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Messages account-service needs sent (SMS captchas, e-mail codes). They are events for notification-service,
 * never sent in the request thread; on the local profile each is also written to a file a person can read.
 */
@Component
public class OutgoingMessages {

    public static final String MESSAGE_REQUESTED = "account.message-requested";

    private final DomainEvents events;
    private final ObjectProvider<LocalMessageFile> localFile;
    private final Clock clock;

    OutgoingMessages(DomainEvents events, ObjectProvider<LocalMessageFile> localFile, Clock clock) {
        this.events = events;
        this.localFile = localFile;
        this.clock = clock;
    }

    public void smsCaptcha(PhoneNumber phone, String code, Duration validity) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("channel", "sms");
        message.put("to", "+" + phone.countryCode() + phone.mobile());
        message.put("template", "captcha");
        message.put("code", code);
        message.put("body", "您的验证码为" + code + "，" + validity.toMinutes() + "分钟内有效，请勿泄露给他人。");
        send("+" + phone.countryCode() + phone.mobile(), message);
    }

    public void emailCode(String email, String code, Duration validity) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("channel", "email");
        message.put("to", email);
        message.put("template", "verification-code");
        message.put("code", code);
        message.put("subject", "一苇以航 验证码");
        message.put("body", "您的验证码为 " + code + "，" + validity.toMinutes() + " 分钟内有效。");
        send(email, message);
    }

    private void send(String recipient, Map<String, Object> message) {
        events.publish(MESSAGE_REQUESTED, recipient, null, message);
        LocalMessageFile file = localFile.getIfAvailable();
        if (file != null) {
            Map<String, Object> line = new LinkedHashMap<>(message);
            line.put("at", clock.instant().toString());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    file.append((String) message.get("channel"), line);
                }
            });
        }
    }
}
