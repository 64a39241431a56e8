package com.communitysuite.notification.meeting;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** meeting-service's events: invitation and cancellation e-mails with iCalendar, reminders, collectors. */
@NotificationServiceTest
class MeetingEventsListenerTest {

    static final String MEETING_SERVICE = "meeting-service";

    @Autowired
    MeetingEventsListener listener;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WireMockServer outside;
    @Autowired
    GreenMail smtp;
    @Autowired
    Clock clock;

    @Test
    void aNewMeetingInvitesEachAddressOnceWithACalendarRequestAndPlansTheReminder() throws Exception {
        long meetingId = Events.newAccountId();
        String domain = "m" + meetingId + ".example.org";
        Instant startsAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

        listener.on(Events.example(MEETING_SERVICE, "meeting.created", Map.of("meetingId", meetingId,
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(),
                "emails", List.of("A@" + domain + "; b@" + domain, "a@" + domain, "  ", "c@" + domain + "，"))));

        List<MimeMessage> mails = awaitMails(domain, 3);
        assertThat(mails).extracting(MeetingEventsListenerTest::recipient).containsExactlyInAnyOrder(
                "A@" + domain, "b@" + domain, "c@" + domain);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Infra SIG 例会");
        assertThat(GreenMailUtil.getBody(mail)).isNotEmpty();
        Part ics = calendarPart(mail);
        assertThat(ics.getContentType()).contains("text/calendar", "method=REQUEST");
        Calendar calendar = new CalendarBuilder().build(ics.getInputStream());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + meetingId
                + "@community-suite");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(utc(startsAt));
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Infra SIG 例会");
        assertThat(event.getProperties("ATTENDEE")).hasSize(3);
        assertThat(event.getComponent("VALARM").orElseThrow().getProperty("TRIGGER").orElseThrow().getValue())
                .isEqualTo("-PT15M");

        Map<String, Object> reminder = jdbc.queryForMap("SELECT * FROM reminder WHERE kind = 'meeting'"
                + " AND subject_id = ?", Long.toString(meetingId));
        assertThat(((java.sql.Timestamp) reminder.get("due_at")).toInstant())
                .isEqualTo(startsAt.minus(Duration.ofMinutes(10)));
    }

    @Test
    void collectorsAreKeptAndACancellationSendsCancelMailsAndTheCollectorsWeChatMessage() throws Exception {
        long meetingId = Events.newAccountId();
        long collector = Events.newAccountId();
        long leaver = Events.newAccountId();
        String domain = "c" + meetingId + ".example.org";
        Instant startsAt = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        listener.on(Events.example(MEETING_SERVICE, "meeting.created", Map.of("meetingId", meetingId, "startsAt",
                startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(), "emails",
                List.of("x@" + domain))));
        listener.on(Events.example(MEETING_SERVICE, "meeting.collected", Map.of("meetingId", meetingId,
                "accountId", collector)));
        listener.on(Events.example(MEETING_SERVICE, "meeting.collected", Map.of("meetingId", meetingId,
                "accountId", leaver)));
        listener.on(Events.example(MEETING_SERVICE, "meeting.uncollected", Map.of("meetingId", meetingId,
                "accountId", leaver)));
        assertThat(meetings.collectors(meetingId)).containsExactly(collector);
        awaitMails(domain, 1);

        listener.on(Events.example(MEETING_SERVICE, "meeting.cancelled", Map.of("meetingId", meetingId, "startsAt",
                startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(), "emails",
                List.of("x@" + domain), "collectorAccountIds", List.of(collector))));

        MimeMessage cancel = awaitMails(domain, 2).stream().filter(m -> subject(m).startsWith("[Cancel] "))
                .findFirst().orElseThrow();
        assertThat(subject(cancel)).isEqualTo("[Cancel] Infra SIG 例会");
        Calendar calendar = new CalendarBuilder().build(calendarPart(cancel).getInputStream());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).as("the invitation's UID")
                .isEqualTo("meeting-" + meetingId + "@community-suite");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");

        LoggedRequest wechat = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outside.findAll(
                postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                        .withRequestBody(containing("\"o-" + collector + "\""))), found -> !found.isEmpty()).get(0);
        assertThat(wechat.getBodyAsString()).contains("TPL_MEETING_CANCELLED", "会议83712345678已被取消",
                "/pages/index/index");
        assertThat(jdbc.queryForObject("SELECT status FROM reminder WHERE kind = 'meeting' AND subject_id = ?",
                String.class, Long.toString(meetingId))).isEqualTo("CANCELLED");
        assertThat(meetings.collectors(meetingId)).isEmpty();
    }

    private List<MimeMessage> awaitMails(String domain, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Arrays.asList(smtp.getReceivedMessagesForDomain(domain)), m -> m.size() >= count);
    }

    /** The attachment at the message's top level, where mail clients look for it. */
    static Part calendarPart(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(instant);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
