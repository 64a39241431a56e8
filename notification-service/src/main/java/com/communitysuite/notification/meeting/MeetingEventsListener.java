package com.communitysuite.notification.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.mail.MailMessages;
import com.communitysuite.notification.mail.MeetingDetails;
import com.communitysuite.notification.reminder.ReminderProperties;
import com.communitysuite.notification.reminder.Reminders;
import com.communitysuite.notification.support.EventData;
import com.communitysuite.notification.wechat.WechatMessages;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/**
 * meeting-service's events: a new meeting's invitation e-mails and its reminder 10 minutes before it starts, a
 * cancelled meeting's CANCEL e-mails and its collectors' WeChat message, and who collected which meeting.
 */
@Component
class MeetingEventsListener {

    static final String CONSUMER = "notification-service.meeting-events";

    private final IdempotentConsumer consumer;
    private final Meetings meetings;
    private final MailMessages mail;
    private final WechatMessages wechat;
    private final Reminders reminders;
    private final ReminderProperties reminderProperties;
    private final Clock clock;

    MeetingEventsListener(IdempotentConsumer consumer, Meetings meetings, MailMessages mail, WechatMessages wechat,
            Reminders reminders, ReminderProperties reminderProperties, Clock clock) {
        this.consumer = consumer;
        this.meetings = meetings;
        this.mail = mail;
        this.wechat = wechat;
        this.reminders = reminders;
        this.reminderProperties = reminderProperties;
        this.clock = clock;
    }

    @KafkaListener(topics = "meeting-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "meeting.created" -> created(EventData.decode(event, MeetingEvents.Created.class));
            case "meeting.cancelled" -> cancelled(EventData.decode(event, MeetingEvents.Cancelled.class));
            case "meeting.collected" -> {
                MeetingEvents.Collection collection = EventData.decode(event, MeetingEvents.Collection.class);
                meetings.collected(collection.meetingId(), collection.accountId());
            }
            case "meeting.uncollected" -> {
                MeetingEvents.Collection collection = EventData.decode(event, MeetingEvents.Collection.class);
                meetings.uncollected(collection.meetingId(), collection.accountId());
            }
            default -> {
            }
        }
    }

    private void created(MeetingEvents.Created meeting) {
        meetings.created(meeting);
        mail.invitation(new MeetingDetails(meeting.meetingId(), meeting.topic(), meeting.groupName(),
                meeting.platform(), meeting.date(), meeting.start(), meeting.startsAt(), meeting.endsAt(),
                meeting.joinUrl(), meeting.agenda(), meeting.etherpad(), "cloud".equals(meeting.record())),
                meeting.emails());
        Instant now = clock.instant();
        ReminderProperties.dueAt(meeting.startsAt(), reminderProperties.meetingLead(), now)
                .ifPresent(due -> reminders.schedule(Reminders.MEETING, meeting.meetingId().toString(), due));
    }

    private void cancelled(MeetingEvents.Cancelled cancelled) {
        Optional<Meetings.Meeting> known = meetings.find(cancelled.meetingId());
        reminders.cancel(Reminders.MEETING, cancelled.meetingId().toString());
        meetings.cancelled(cancelled.meetingId());
        mail.cancellation(new MeetingDetails(cancelled.meetingId(), cancelled.topic(),
                known.map(Meetings.Meeting::groupName).orElse(null), known.map(Meetings.Meeting::platform).orElse(null),
                cancelled.date(), cancelled.start(), cancelled.startsAt(), cancelled.endsAt(), null, null, null, false),
                cancelled.emails());
        String code = known.map(Meetings.Meeting::meetingCode).orElse(cancelled.meetingId().toString());
        cancelled.collectorAccountIds().stream().distinct().forEach(collector -> wechat.meetingCancelled(collector,
                cancelled.topic(), cancelled.date(), cancelled.start(), code, cancelled.startsAt()));
    }
}
