package com.communitysuite.clubroom.club;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's membership of a club (on campus: following the organization), and whether they manage it. Its id is what
 * campus answers as the follow's and the manager's {@code id}.
 */
@Entity
@Table(name = "club_member")
public class ClubMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "club_pk", nullable = false)
    private long clubPk;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 32)
    private String uid;

    @Column(nullable = false)
    private boolean manager;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ClubMember() {
    }

    ClubMember(long clubPk, long accountId, String uid, Instant now) {
        this.clubPk = clubPk;
        this.accountId = accountId;
        this.uid = uid;
        // The app's cursors carry the join time in milliseconds.
        this.joinedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** @return whether the member was not a manager before */
    boolean makeManager() {
        boolean changed = !manager;
        manager = true;
        return changed;
    }

    /** @return whether the member was a manager before */
    boolean stopManaging() {
        boolean changed = manager;
        manager = false;
        return changed;
    }

    public long id() {
        return id;
    }

    public long clubPk() {
        return clubPk;
    }

    public long accountId() {
        return accountId;
    }

    public String uid() {
        return uid;
    }

    public boolean isManager() {
        return manager;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
