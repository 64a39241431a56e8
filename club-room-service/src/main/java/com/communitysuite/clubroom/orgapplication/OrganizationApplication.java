package com.communitysuite.clubroom.orgapplication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.communitysuite.platform.domain.InvalidInputException;

/** A user's application to create an organization in a block: pending (0), approved (1) or rejected (2). */
@Entity
@Table(name = "organization_application")
public class OrganizationApplication {

    static final short PENDING = 0;
    static final short APPROVED = 1;
    static final short REJECTED = 2;
    static final String ALREADY_VERIFIED = "该组织申请已审批。";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private short status;

    @Column(name = "applicant_account_id", nullable = false)
    private long applicantAccountId;

    @Column(name = "block_id", nullable = false)
    private long blockId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected OrganizationApplication() {
    }

    OrganizationApplication(String name, String description, long applicantAccountId, long blockId, Instant now) {
        this.name = name;
        this.description = description;
        this.applicantAccountId = applicantAccountId;
        this.blockId = blockId;
        this.status = PENDING;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void approve(long createdOrganizationId) {
        requirePending();
        this.status = APPROVED;
        this.organizationId = createdOrganizationId;
    }

    void reject() {
        requirePending();
        this.status = REJECTED;
    }

    /** An application is decided once (the original's text, as a list under {@code detail}). */
    void requirePending() {
        if (status != PENDING) {
            throw new InvalidInputException("organization-application.already-verified", "detail", ALREADY_VERIFIED);
        }
    }

    boolean isFrom(long accountId) {
        return applicantAccountId == accountId;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int status() {
        return status;
    }

    public long applicantAccountId() {
        return applicantAccountId;
    }

    public long blockId() {
        return blockId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
