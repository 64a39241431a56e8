package com.communitysuite.notification.mail;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar (RFC 5545/5546) objects of a meeting e-mail: a {@code REQUEST} that calendars add with a reminder
 * 15 minutes before, and a {@code CANCEL} that removes it. Times are the meeting's instants in UTC, {@code DTSTAMP}
 * is when the object is made, and the {@code UID} is the same for every message about one meeting, so the
 * cancellation finds the invitation.
 */
public final class MeetingCalendar {

    static final String PRODUCT = "-//Community Suite//Meetings//ZH";
    static final Duration ALARM_BEFORE_START = Duration.ofMinutes(15);

    private MeetingCalendar() {
    }

    /** The stable identifier of a meeting's calendar entry. */
    public static String uid(long meetingId, String domain) {
        return "meeting-" + meetingId + "@" + domain;
    }

    public static String request(MeetingDetails meeting, List<String> attendees, String organizer, Instant now,
            String uidDomain) {
        VEvent event = event(meeting, attendees, organizer, now, uidDomain, 0);
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        VAlarm alarm = new VAlarm();
        alarm.add(new Trigger(ALARM_BEFORE_START.negated()).add(Related.START));
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("Reminder"));
        event.add(alarm);
        return calendar(ImmutableMethod.REQUEST, event);
    }

    public static String cancel(MeetingDetails meeting, List<String> attendees, String organizer, Instant now,
            String uidDomain) {
        VEvent event = event(meeting, attendees, organizer, now, uidDomain, 1);
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        return calendar(ImmutableMethod.CANCEL, event);
    }

    private static VEvent event(MeetingDetails meeting, List<String> attendees, String organizer, Instant now,
            String uidDomain, int sequence) {
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), meeting.topic());
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(meeting.meetingId(), uidDomain)));
        event.add(new Sequence(sequence));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        for (String address : attendees) {
            event.add(new Attendee(URI.create("mailto:" + address)).add(Role.REQ_PARTICIPANT)
                    .add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE));
        }
        if (meeting.joinUrl() != null && !meeting.joinUrl().isBlank()) {
            event.add(new Location(meeting.joinUrl()));
            event.add(new Url(URI.create(meeting.joinUrl())));
        }
        if (meeting.agenda() != null && !meeting.agenda().isBlank()) {
            event.add(new Description(meeting.agenda()));
        }
        return event;
    }

    private static String calendar(net.fortuna.ical4j.model.property.Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar.toString();
    }
}
