package com.communitysuite.notification.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in one user's inbox. Listing it is what marks it read (the original app had no read endpoint). */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    /** The app document's messageType 0: an alert with title, content and url. */
    static final short ALERT = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_account_id", nullable = false)
    private long recipientAccountId;

    @Column(name = "message_type", nullable = false)
    private short messageType;

    @Column(name = "origin_push_type", nullable = false)
    private short originPushType;

    @Column(name = "origin_account_id")
    private Long originAccountId;

    @Column(name = "origin_uid")
    private String originUid;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String url;

    @Column(name = "campus_type")
    private Short campusType;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(nullable = false)
    private boolean unread;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InboxMessage() {
    }

    InboxMessage(Notice notice, Instant now) {
        this.recipientAccountId = notice.recipientAccountId();
        this.messageType = ALERT;
        this.originPushType = (short) notice.origin().code();
        this.originAccountId = notice.originAccountId();
        this.originUid = notice.originUid();
        this.title = notice.title();
        this.content = notice.content();
        this.url = notice.url();
        this.campusType = notice.campusType() == null ? null : notice.campusType().shortValue();
        this.activityId = notice.activityId();
        this.organizationId = notice.organizationId();
        this.unread = true;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long recipientAccountId() {
        return recipientAccountId;
    }

    public int messageType() {
        return messageType;
    }

    public int originPushType() {
        return originPushType;
    }

    public String originUid() {
        return originUid;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public String url() {
        return url;
    }

    public Integer campusType() {
        return campusType == null ? null : campusType.intValue();
    }

    public Long activityId() {
        return activityId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public boolean unread() {
        return unread;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
