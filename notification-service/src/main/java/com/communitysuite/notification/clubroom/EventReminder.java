package com.communitysuite.notification.clubroom;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.inbox.AppNotices;
import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.reminder.ReminderHandler;
import com.communitysuite.notification.reminder.Reminders;

/**
 * Ten minutes before a scheduled event that has not started: its subscribers and its guests are told in their inbox
 * (and on their devices). The original reminded nobody and only told subscribers once a guest started the event.
 */
@Component
class EventReminder implements ReminderHandler {

    private final ScheduledEvents events;
    private final Inbox inbox;

    EventReminder(ScheduledEvents events, Inbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @Override
    public String kind() {
        return Reminders.EVENT;
    }

    @Override
    public void fire(String subjectId, Instant now) {
        events.find(subjectId).filter(event -> !event.started() && event.time().isAfter(now)).ifPresent(event -> {
            List<Long> subscribers = events.subscribers(event.eventId());
            subscribers.forEach(subscriber -> inbox.deliver(AppNotices.subscribedEventSoon(subscriber,
                    event.eventId(), event.name())));
            events.members(event.eventId()).stream().filter(member -> !subscribers.contains(member))
                    .forEach(member -> inbox.deliver(AppNotices.guestEventSoon(member, event.eventId(),
                            event.name())));
        });
    }
}
