package com.communitysuite.user.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An app user's report of a user (1) or a room (2); the reporter may be erased. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "source_type", nullable = false)
    private short sourceType;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Column(name = "reason_type", nullable = false)
    private short reasonType;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Report() {
    }

    Report(long accountId, int sourceType, String sourceId, int reasonType, String reason, Instant now) {
        this.accountId = accountId;
        this.sourceType = (short) sourceType;
        this.sourceId = sourceId;
        this.reasonType = (short) reasonType;
        this.reason = reason;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public int sourceType() {
        return sourceType;
    }

    public String sourceId() {
        return sourceId;
    }

    public int reasonType() {
        return reasonType;
    }

    public String reason() {
        return reason;
    }
}
