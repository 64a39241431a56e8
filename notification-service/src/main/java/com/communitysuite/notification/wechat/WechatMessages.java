package com.communitysuite.notification.wechat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.DeliveryQueue;

/**
 * Queues the meeting mini-program's subscription messages, with the original's template keywords: the reminder
 * (thing7 topic cut to 20 characters, date2 "date start", thing6 会议即将开始) and the cancellation (thing1 topic,
 * time2 "date start", thing4 会议{code}已被取消).
 */
@Component
public class WechatMessages {

    static final String CHANNEL = "wechat";
    static final String MEETING_REMINDER = "meeting-reminder";
    static final String MEETING_CANCELLED = "meeting-cancelled";
    static final String MEETING_PAGE = "/package-meeting/meeting/detail?id=";
    static final String HOME_PAGE = "/pages/index/index";
    /** WeChat's "thing" keywords take at most 20 characters. */
    static final int THING_LENGTH = 20;

    private final DeliveryQueue queue;

    WechatMessages(DeliveryQueue queue) {
        this.queue = queue;
    }

    public void meetingReminder(long accountId, long meetingId, String topic, String date, String start,
            Instant startsAt) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing7", thing(topic));
        data.put("date2", date + " " + start);
        data.put("thing6", "会议即将开始");
        enqueue(accountId, MEETING_REMINDER, MEETING_PAGE + meetingId, data, startsAt);
    }

    public void meetingCancelled(long accountId, String topic, String date, String start, String meetingCode,
            Instant startsAt) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", thing(topic));
        data.put("time2", date + " " + start);
        data.put("thing4", thing("会议" + meetingCode + "已被取消"));
        enqueue(accountId, MEETING_CANCELLED, HOME_PAGE, data, startsAt);
    }

    /** The user logged off: nothing more goes to them. */
    public void cancelPending(long accountId) {
        queue.cancelPending(CHANNEL, Long.toString(accountId));
    }

    private void enqueue(long accountId, String template, String page, Map<String, String> data, Instant until) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("accountId", accountId);
        payload.put("template", template);
        payload.put("page", page);
        payload.put("data", data);
        queue.enqueue(CHANNEL, Long.toString(accountId), payload, until);
    }

    static String thing(String text) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= THING_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, THING_LENGTH));
    }
}
