package com.communitysuite.activity.activity;

import java.util.Set;

import com.communitysuite.platform.domain.ConflictException;

/**
 * The status machine: a draft is submitted for review and then approved (published) or denied (back to draft); an
 * activity that needs no review (campus, request codes) is published straight from its draft; a published activity
 * can be taken down. Nothing else moves.
 */
public enum ActivityTransition {
    SUBMIT(Set.of(ActivityStatus.DRAFT), ActivityStatus.WAITING),
    APPROVE(Set.of(ActivityStatus.WAITING), ActivityStatus.PUBLISHED),
    DENY(Set.of(ActivityStatus.WAITING), ActivityStatus.DRAFT),
    PUBLISH_WITHOUT_REVIEW(Set.of(ActivityStatus.DRAFT), ActivityStatus.PUBLISHED),
    TAKE_DOWN(Set.of(ActivityStatus.PUBLISHED), ActivityStatus.TAKEN_DOWN);

    /** The mp original's text for a change the current state no longer allows. */
    public static final String INFORMATION_CHANGED = "信息发生变化，请刷新后重试";

    private final Set<ActivityStatus> from;
    private final ActivityStatus to;

    ActivityTransition(Set<ActivityStatus> from, ActivityStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ActivityStatus status) {
        return from.contains(status);
    }

    /**
     * @throws ConflictException (reason {@code activity.transition-refused}) when the machine does not allow it
     */
    public ActivityStatus from(ActivityStatus status) {
        if (!allowedFrom(status)) {
            throw new ConflictException("activity.transition-refused", INFORMATION_CHANGED);
        }
        return to;
    }

    public ActivityStatus target() {
        return to;
    }
}
