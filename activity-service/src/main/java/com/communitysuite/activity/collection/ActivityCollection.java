package com.communitysuite.activity.collection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An activity a user collected (mp); its id is what the mini-program calls the caller's {@code collection_id}. */
@Entity
@Table(name = "activity_collection")
public class ActivityCollection {

    @Id
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActivityCollection() {
    }

    public long id() {
        return id;
    }

    public long activityId() {
        return activityId;
    }

    public boolean ownedBy(long account) {
        return accountId == account;
    }
}
