package com.communitysuite.activity.activity;

import java.time.LocalDate;

/**
 * Where a published activity stands on a given day: registering until it ends (the mp original counted an activity
 * under way as still registering), going from its first to its last day, completed after its last day.
 */
public enum ActivityPhase {
    /** Published and not yet started: the mp status 3. */
    UPCOMING(3),
    /** On one of its days: the mp status 4. */
    GOING(4),
    /** After its last day: the mp status 5. */
    COMPLETED(5);

    private final int mpStatus;

    ActivityPhase(int mpStatus) {
        this.mpStatus = mpStatus;
    }

    public static ActivityPhase of(LocalDate startDate, LocalDate endDate, LocalDate today) {
        if (endDate.isBefore(today)) {
            return COMPLETED;
        }
        return startDate.isAfter(today) ? UPCOMING : GOING;
    }

    public int mpStatus() {
        return mpStatus;
    }

    /** The mp list filter {@code registering}: published and not completed. */
    public boolean registering() {
        return this != COMPLETED;
    }
}
