package com.communitysuite.notification.meeting;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.reminder.ReminderHandler;
import com.communitysuite.notification.reminder.Reminders;
import com.communitysuite.notification.wechat.WechatMessages;

/** Ten minutes before a meeting: the WeChat reminder to its creator and everyone who collected it, once each. */
@Component
class MeetingReminder implements ReminderHandler {

    private final Meetings meetings;
    private final WechatMessages wechat;

    MeetingReminder(Meetings meetings, WechatMessages wechat) {
        this.meetings = meetings;
        this.wechat = wechat;
    }

    @Override
    public String kind() {
        return Reminders.MEETING;
    }

    @Override
    public void fire(String subjectId, Instant now) {
        meetings.find(Long.parseLong(subjectId)).filter(m -> !m.cancelled() && m.startsAt().isAfter(now))
                .ifPresent(meeting -> {
                    Set<Long> recipients = new LinkedHashSet<>();
                    recipients.add(meeting.creatorAccountId());
                    recipients.addAll(meetings.collectors(meeting.meetingId()));
                    recipients.forEach(accountId -> wechat.meetingReminder(accountId, meeting.meetingId(),
                            meeting.topic(), meeting.date(), meeting.start(), meeting.startsAt()));
                });
    }
}
