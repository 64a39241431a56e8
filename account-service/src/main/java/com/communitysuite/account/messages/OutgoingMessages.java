package com.communitysuite.account.messages;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.events.MessageRequested;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Messages account-service needs sent (SMS captchas, e-mail codes): events for notification-service, which delivers
 * them (and in the local profile writes them where a person running the suite can read them), never sent in the
 * request thread.
 */
@Component
public class OutgoingMessages {

    private final DomainEvents events;

    OutgoingMessages(DomainEvents events) {
        this.events = events;
    }

    public void smsCaptcha(PhoneNumber phone, String code, Duration validity) {
        events.publish(new MessageRequested("sms", "+" + phone.countryCode() + phone.mobile(), "captcha", code, null,
                "您的验证码为" + code + "，" + validity.toMinutes() + "分钟内有效，请勿泄露给他人。"));
    }

    public void emailCode(String email, String code, Duration validity) {
        events.publish(new MessageRequested("email", email, "verification-code", code, "一苇以航 验证码",
                "您的验证码为 " + code + "，" + validity.toMinutes() + " 分钟内有效。"));
    }
}
