package com.communitysuite.activity.participant;

import java.util.List;

import org.springframework.stereotype.Service;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.ActivitySurface;
import com.communitysuite.activity.activity.CampusActivities;
import com.communitysuite.activity.activity.CampusActivities.CampusCaller;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

/**
 * Participation as the campus platform has it: a user joins for themselves (a super user for anyone); the user, the
 * activity's owner or managers, or a super user take them out; applications to a reviewed activity are decided by
 * its owner or managers. Each join, leave and decision is one short transaction of {@link Participants}; this class
 * checks who may do it and says it in the campus original's words.
 */
@Service
public class CampusParticipation {

    public static final String ALREADY_JOINED = "不可重复加入活动。";
    public static final String FULL = "活动人数已满。";
    public static final String CLOSED = "活动报名已结束。";

    private final Participants participants;
    private final ActivityRepository activities;
    private final CampusActivities campus;

    CampusParticipation(Participants participants, ActivityRepository activities, CampusActivities campus) {
        this.participants = participants;
        this.activities = activities;
        this.campus = campus;
    }

    /** @param pending an application waiting for review rather than a place */
    public record Joined(long participantId, boolean pending) {
    }

    public Joined join(CampusCaller caller, long activityId, long accountId) {
        if (accountId != caller.accountId() && !caller.superUser()) {
            throw new NotAllowedException("participant.not-self", CampusActivities.FORBIDDEN);
        }
        campusActivity(activityId).orElseThrow(() -> invalidActivity(activityId));
        try {
            Participants.Joined joined = participants.join(activityId, accountId);
            return new Joined(joined.participantId(), joined.pending());
        }
        catch (NotFoundException gone) {
            throw invalidActivity(activityId);
        }
        catch (ConflictException refused) {
            throw campusWords(refused);
        }
    }

    public void leave(CampusCaller caller, long activityId, long accountId) {
        Activity activity = campusActivity(activityId).orElse(null);
        if (activity == null) {
            // As the original: deleting what is not there answers 204.
            return;
        }
        if (accountId != caller.accountId() && !campus.mayManage(caller, activity)) {
            throw new NotAllowedException("participant.not-allowed", CampusActivities.FORBIDDEN);
        }
        if (participants.withdraw(activityId, accountId)) {
            return;
        }
        try {
            participants.leave(activityId, accountId, caller.accountId());
        }
        catch (ConflictException notJoined) {
            // Nothing to leave: the original answered 204 whatever matched.
        }
    }

    public int count(long activityId) {
        return participants.count(activityId);
    }

    public List<Long> pendingApplicants(CampusCaller caller, long activityId) {
        requireManager(caller, activityId);
        return participants.pendingApplicants(activityId);
    }

    public Joined decide(CampusCaller caller, long activityId, long accountId, boolean approve) {
        requireManager(caller, activityId);
        try {
            Participants.Joined decided = participants.decide(activityId, accountId, approve, caller.accountId());
            return new Joined(decided.participantId(), false);
        }
        catch (ConflictException refused) {
            throw campusWords(refused);
        }
    }

    private void requireManager(CampusCaller caller, long activityId) {
        Activity activity = campusActivity(activityId)
                .orElseThrow(() -> new NotFoundException("activity.not-found", CampusActivities.NOT_FOUND));
        if (!campus.mayManage(caller, activity)) {
            throw new NotAllowedException("participant.not-manager", CampusActivities.FORBIDDEN);
        }
    }

    private java.util.Optional<Activity> campusActivity(long activityId) {
        return activities.findById(activityId).filter(a -> ActivitySurface.CAMPUS.equals(a.surface()));
    }

    private static RuntimeException campusWords(ConflictException refused) {
        return switch (refused.reason()) {
            case Participants.ALREADY_JOINED -> new InvalidInputException("detail", ALREADY_JOINED);
            case Participants.FULL -> new ConflictException(Participants.FULL, FULL);
            case Participants.CLOSED -> new ConflictException(Participants.CLOSED, CLOSED);
            default -> refused;
        };
    }

    private static InvalidInputException invalidActivity(long activityId) {
        return new InvalidInputException("act", "无效主键 “" + activityId + "” - 对象不存在。");
    }
}
