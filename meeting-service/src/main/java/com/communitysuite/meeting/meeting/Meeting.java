package com.communitysuite.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.communitysuite.meeting.conferencing.BookedMeeting;

/**
 * A meeting of an mp group, booked on a platform with one of its host accounts. The host is held from the start
 * until 30 minutes after the end ({@code hostHeldUntil}); the database refuses a second live meeting of the same host
 * in that time. A cancelled meeting stays, soft-deleted.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    static final long HOST_REST_MINUTES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "creator_account_id", nullable = false)
    private long creatorAccountId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "group_name", nullable = false)
    private String groupName;

    @Column(name = "meeting_type", nullable = false)
    private int meetingType;

    private String city;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String sponsor;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private String start;

    @Column(name = "end_time", nullable = false)
    private String end;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "host_held_until", nullable = false)
    private Instant hostHeldUntil;

    private String agenda;

    @Column(nullable = false)
    private String etherpad;

    private String emaillist;

    @Column(nullable = false)
    private String record;

    @Column(nullable = false)
    private String platform;

    @Column(name = "host_id", nullable = false)
    private String hostId;

    private String mid;

    private String mmid;

    @Column(name = "join_url")
    private String joinUrl;

    @Column(name = "replay_url")
    private String replayUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Meeting() {
    }

    /** A meeting holding {@code host} for its time, before the platform has booked it. */
    static Meeting holding(long creatorAccountId, long groupId, MeetingRequest request, String host, ZoneId zone,
            Instant now) {
        Meeting meeting = new Meeting();
        meeting.creatorAccountId = creatorAccountId;
        meeting.groupId = groupId;
        meeting.groupName = request.groupName();
        meeting.meetingType = request.meetingType();
        meeting.city = request.city();
        meeting.topic = request.topic();
        meeting.sponsor = request.sponsor();
        meeting.date = request.date();
        meeting.start = HOUR_MINUTE.format(request.start());
        meeting.end = HOUR_MINUTE.format(request.end());
        meeting.startsAt = request.date().atTime(request.start()).atZone(zone).toInstant();
        meeting.endsAt = request.date().atTime(request.end()).atZone(zone).toInstant();
        meeting.hostHeldUntil = meeting.endsAt.plusSeconds(HOST_REST_MINUTES * 60);
        meeting.agenda = request.agenda();
        meeting.etherpad = request.etherpad();
        meeting.emaillist = request.emaillist();
        meeting.record = request.cloudRecording() ? "cloud" : "";
        meeting.platform = request.platform();
        meeting.hostId = host;
        meeting.createdAt = now;
        return meeting;
    }

    void booked(BookedMeeting booked) {
        this.mid = booked.mid();
        this.mmid = booked.mmid();
        this.joinUrl = booked.joinUrl();
    }

    void cancel(Instant now) {
        this.cancelledAt = now;
    }

    /** The creator logged off: the meeting stays, without who they were or whom they invited. */
    void forgetCreatorsDetails() {
        this.sponsor = "";
        this.emaillist = null;
    }

    public BookedMeeting booking() {
        return new BookedMeeting(mid, mmid, joinUrl);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Long id() {
        return id;
    }

    public long creatorAccountId() {
        return creatorAccountId;
    }

    public long groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public int meetingType() {
        return meetingType;
    }

    public String city() {
        return city;
    }

    public String topic() {
        return topic;
    }

    public String sponsor() {
        return sponsor;
    }

    public LocalDate date() {
        return date;
    }

    public String start() {
        return start;
    }

    public String end() {
        return end;
    }

    public LocalTime startTime() {
        return LocalTime.parse(start);
    }

    public LocalTime endTime() {
        return LocalTime.parse(end);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String agenda() {
        return agenda;
    }

    public String etherpad() {
        return etherpad;
    }

    public String emaillist() {
        return emaillist;
    }

    public String record() {
        return record;
    }

    public String platform() {
        return platform;
    }

    public String hostId() {
        return hostId;
    }

    public String mid() {
        return mid;
    }

    public String mmid() {
        return mmid;
    }

    public String joinUrl() {
        return joinUrl;
    }

    public String replayUrl() {
        return replayUrl;
    }
}
