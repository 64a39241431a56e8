package com.communitysuite.meeting.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's collection of a meeting: its id is the {@code collection_id} the mp answers show. */
@Entity
@Table(name = "meeting_collection")
public class MeetingCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetingCollection() {
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public long accountId() {
        return accountId;
    }
}
