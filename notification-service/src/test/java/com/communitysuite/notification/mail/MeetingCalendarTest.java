package com.communitysuite.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The iCalendar objects, parsed back with ical4j. */
class MeetingCalendarTest {

    static final MeetingDetails MEETING = new MeetingDetails(41, "Infra SIG 例会", "Infrastructure", "zoom",
            "2026-12-20", "09:00", Instant.parse("2026-12-20T01:00:00Z"), Instant.parse("2026-12-20T02:00:00Z"),
            "https://zoom.us/j/83712345678", "1. 例会", "https://etherpad.example.org/p/infra", true);
    static final Instant NOW = Instant.parse("2026-12-03T08:30:15Z");

    @Test
    void anInvitationIsARequestInUtcStampedNowWithAStableUidAndAFifteenMinuteAlarm() throws Exception {
        Calendar calendar = parse(MeetingCalendar.request(MEETING, List.of("a@example.com", "b@example.com"),
                "meetings@suite.test", NOW, "suite.test"));

        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261220T010000Z");
        assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261220T020000Z");
        assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261203T083015Z");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-41@suite.test");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:meetings@suite.test");
        List<Property> attendees = event.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue)
                .containsExactly("mailto:a@example.com", "mailto:b@example.com");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("https://zoom.us/j/83712345678");
        var alarm = event.getComponent("VALARM").orElseThrow();
        assertThat(alarm.getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-PT15M");
        assertThat(alarm.getProperty("TRIGGER").orElseThrow().getParameter("RELATED").orElseThrow().getValue())
                .isEqualTo("START");
        assertThat(alarm.getProperty("ACTION").orElseThrow().getValue()).isEqualTo("DISPLAY");
    }

    @Test
    void aCancellationNamesTheSameEntryAndHasNoAlarm() throws Exception {
        Calendar calendar = parse(MeetingCalendar.cancel(MEETING, List.of("a@example.com"), "meetings@suite.test",
                NOW.plusSeconds(60), "suite.test"));

        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-41@suite.test");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261203T083115Z");
        assertThat(event.getComponent("VALARM")).isEmpty();
    }

    @Test
    void addressesAreSplitOnEverySeparatorPeopleUseAndEachIsKeptOnce() {
        assertThat(MeetingAddresses.normalise(List.of("b@x.org; A@x.org，c@x.org", " a@x.org ;", "", "not-mail")))
                .containsExactly("A@x.org", "b@x.org", "c@x.org");
    }

    @Test
    void theInvitationTextFollowsTheOriginalsTemplates() {
        String body = MeetingMailTexts.invitationBody(MEETING, "https://portal.example.org", null);

        assertThat(body).contains("Infrastructure 邀请您参加 2026-12-20 09:00 召开的Zoom会议(自动录制)",
                "会议主题：Infra SIG 例会", "会议内容：\n1. 例会", "会议链接：https://zoom.us/j/83712345678",
                "会议纪要：https://etherpad.example.org/p/infra", "更多资讯尽在：https://portal.example.org",
                "Infrastructure invites you to attend the Zoom conference(auto recording) will be held at"
                        + " 2026-12-20 09:00");
        assertThat(MeetingMailTexts.sigName("Tech")).isEqualTo("专家委员会");
        assertThat(MeetingMailTexts.cancellationBody(MEETING)).isEqualTo("Sorry! The Zoom meeting will be held at"
                + " 2026-12-20 09:00 scheduled by Infrastructure SIG has been cancelled.\n");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
