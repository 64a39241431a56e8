package com.communitysuite.notification.sms;

import java.util.Map;

/** Where SMS go: Aliyun Dysms, or the local outbox file. */
public interface SmsGateway {

    /**
     * @param to     the number as account-service wrote it, {@code +<country code><number>}
     * @param code   the captcha
     * @param fields the whole message account-service asked for (the local file keeps it as it is)
     */
    SmsResult send(String to, String code, Map<String, Object> fields);

    sealed interface SmsResult {
    }

    record Sent(String id) implements SmsResult {
    }

    record TryAgain(String reason) implements SmsResult {
    }

    record Refused(String reason) implements SmsResult {
    }
}
