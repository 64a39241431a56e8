package com.communitysuite.activity.activity;

/**
 * The stored state of an activity. Whether a published activity is registering, going or completed is not stored: it
 * follows from its dates at the time of a query ({@link ActivityPhase}).
 */
public enum ActivityStatus {
    DRAFT, WAITING, PUBLISHED, TAKEN_DOWN
}
