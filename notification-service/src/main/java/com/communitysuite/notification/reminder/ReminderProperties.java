package com.communitysuite.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param meetingLead how long before a meeting its creator and collectors are reminded (the original: 10 minutes)
 * @param eventLead   how long before a scheduled event its subscribers and guests are reminded
 */
@ConfigurationProperties("notification.reminders")
public record ReminderProperties(Duration meetingLead, Duration eventLead) {

    public ReminderProperties {
        meetingLead = meetingLead == null ? Duration.ofMinutes(10) : meetingLead;
        eventLead = eventLead == null ? Duration.ofMinutes(10) : eventLead;
    }

    /**
     * When to remind of something starting at {@code start}: {@code lead} before it, or now if that has passed;
     * nothing once it has started.
     */
    public static Optional<Instant> dueAt(Instant start, Duration lead, Instant now) {
        if (!start.isAfter(now)) {
            return Optional.empty();
        }
        Instant due = start.minus(lead);
        return Optional.of(due.isBefore(now) ? now : due);
    }
}
