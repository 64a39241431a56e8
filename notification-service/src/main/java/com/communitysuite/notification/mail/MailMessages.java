package com.communitysuite.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.DeliveryQueue;

/**
 * Queues e-mails: verification codes as account-service asked for them, and one invitation or cancellation per
 * meeting address (each with the iCalendar object naming every attendee).
 */
@Component
public class MailMessages {

    static final String CHANNEL = "email";
    static final String INVITATION = "meeting-invitation";
    static final String CANCELLATION = "meeting-cancellation";

    private final DeliveryQueue queue;
    private final MailProperties properties;
    private final Clock clock;

    MailMessages(DeliveryQueue queue, MailProperties properties, Clock clock) {
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    /** A verification code; not sent once it has expired. */
    public void code(String to, Map<String, Object> message, Instant validUntil) {
        queue.enqueue(CHANNEL, to, message, validUntil);
    }

    public void invitation(MeetingDetails meeting, List<String> addresses) {
        List<String> attendees = MeetingAddresses.normalise(addresses);
        if (attendees.isEmpty()) {
            return;
        }
        String calendar = MeetingCalendar.request(meeting, attendees, organizer(), clock.instant(),
                properties.calendarUidDomain());
        enqueueEach(attendees, INVITATION, MeetingMailTexts.invitationSubject(meeting),
                MeetingMailTexts.invitationBody(meeting, properties.portalZh(), properties.portalEn()), "REQUEST",
                calendar, meeting.startsAt());
    }

    public void cancellation(MeetingDetails meeting, List<String> addresses) {
        List<String> attendees = MeetingAddresses.normalise(addresses);
        if (attendees.isEmpty()) {
            return;
        }
        String calendar = MeetingCalendar.cancel(meeting, attendees, organizer(), clock.instant(),
                properties.calendarUidDomain());
        enqueueEach(attendees, CANCELLATION, MeetingMailTexts.cancellationSubject(meeting),
                MeetingMailTexts.cancellationBody(meeting), "CANCEL", calendar, meeting.endsAt());
    }

    private void enqueueEach(List<String> attendees, String template, String subject, String body, String method,
            String calendar, Instant stopsMattering) {
        for (String address : attendees) {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("channel", CHANNEL);
            mail.put("to", address);
            mail.put("template", template);
            mail.put("subject", subject);
            mail.put("body", body);
            mail.put("calendarMethod", method);
            mail.put("calendar", calendar);
            queue.enqueue(CHANNEL, address, mail, stopsMattering);
        }
    }

    private String organizer() {
        return properties.from() == null || properties.from().isBlank() ? "meetings@localhost" : properties.from();
    }
}
