package com.communitysuite.activity.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.ActivityStatus;
import com.communitysuite.activity.events.ParticipantApplicationDecided;
import com.communitysuite.activity.events.ParticipantJoined;
import com.communitysuite.activity.events.ParticipantLeft;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Joining and leaving activities, exact under any number of simultaneous requests and in one short transaction each:
 * the participant row is unique per (activity, account), and the count moves in one conditional statement
 * ({@code joined < capacity}) that the database evaluates against the committed count, so the last place goes to
 * exactly one caller. No table lock, no serialisable retries; a constraint also holds {@code joined <= capacity}.
 */
@Service
public class Participants {

    public static final String FULL = "participant.full";
    public static final String ALREADY_JOINED = "participant.already-joined";
    public static final String NOT_JOINED = "participant.not-joined";
    public static final String CLOSED = "participant.closed";
    public static final String NOT_FOUND = "activity.not-found";
    public static final String NO_APPLICATION = "participant.no-application";

    private final JdbcTemplate jdbc;
    private final ActivityRepository activities;
    private final DomainEvents events;
    private final Clock clock;

    Participants(JdbcTemplate jdbc, ActivityRepository activities, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The count of participants after a join or leave.
     *
     * @param participantId the participant row (the campus join's {@code id})
     * @param pending       the join is an application waiting for the owner's or a manager's review
     */
    public record Joined(long activityId, int joinedTotal, long participantId, boolean pending) {

        public Joined(long activityId, int joinedTotal) {
            this(activityId, joinedTotal, 0, false);
        }
    }

    /**
     * Joins the account to the published activity if it has a place left and registration is open; an activity that
     * needs review gets a pending application instead, which takes no place until it is approved.
     *
     * @throws ConflictException {@value #ALREADY_JOINED}, {@value #FULL} or {@value #CLOSED}
     * @throws NotFoundException when there is no such activity
     */
    @Transactional
    public Joined join(long activityId, long accountId) {
        Instant now = clock.instant();
        List<InsertedRow> inserted = jdbc.query("INSERT INTO participant (activity_id, account_id, state, joined_at)"
                + " SELECT id, ?, CASE WHEN review_required THEN 'PENDING' ELSE 'JOINED' END, ? FROM activity"
                + " WHERE id = ? ON CONFLICT (activity_id, account_id) DO NOTHING RETURNING id, state",
                (rs, n) -> new InsertedRow(rs.getLong(1), rs.getString(2)), accountId, Timestamp.from(now),
                activityId);
        if (inserted.isEmpty()) {
            if (!activities.existsById(activityId)) {
                throw notFound();
            }
            throw new ConflictException(ALREADY_JOINED, "已报名");
        }
        InsertedRow participant = inserted.get(0);
        if ("PENDING".equals(participant.state())) {
            Activity activity = activities.findById(activityId).orElseThrow(Participants::notFound);
            RuntimeException refused = whyNotOpen(activity, now);
            if (refused != null) {
                throw refused;
            }
            return new Joined(activityId, activity.joined(), participant.id(), true);
        }
        JoinedRow row = takePlace(activityId, now);
        events.publish(new ParticipantJoined(activityId, row.title(), accountId, row.ownerAccountId(), row.joined()));
        return new Joined(activityId, row.joined(), participant.id(), false);
    }

    /**
     * The owner's or a manager's decision on a pending application (checked by the caller): approved, it takes a
     * place if one is left, exactly as a join does; rejected, it is gone.
     *
     * @throws NotFoundException {@value #NO_APPLICATION} when the account has no pending application
     * @throws ConflictException {@value #FULL} or {@value #CLOSED} when an approval finds no place
     */
    @Transactional
    public Joined decide(long activityId, long accountId, boolean approve, long decidedByAccountId) {
        Instant now = clock.instant();
        String title = activities.findById(activityId).map(Activity::title).orElseThrow(Participants::notFound);
        if (!approve) {
            if (jdbc.update("DELETE FROM participant WHERE activity_id = ? AND account_id = ? AND state = 'PENDING'",
                    activityId, accountId) == 0) {
                throw noApplication();
            }
            events.publish(new ParticipantApplicationDecided(activityId, title, accountId, false,
                    Long.toString(decidedByAccountId)));
            return new Joined(activityId, activities.findById(activityId).map(Activity::joined).orElse(0));
        }
        List<Long> approved = jdbc.queryForList("UPDATE participant SET state = 'JOINED', joined_at = ?"
                + " WHERE activity_id = ? AND account_id = ? AND state = 'PENDING' RETURNING id", Long.class,
                Timestamp.from(now), activityId, accountId);
        if (approved.isEmpty()) {
            throw noApplication();
        }
        JoinedRow row = takePlace(activityId, now);
        events.publish(new ParticipantApplicationDecided(activityId, title, accountId, true,
                Long.toString(decidedByAccountId)));
        events.publish(new ParticipantJoined(activityId, row.title(), accountId, row.ownerAccountId(), row.joined()));
        return new Joined(activityId, row.joined(), approved.get(0), false);
    }

    /** The accounts whose applications to the activity wait for review, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> pendingApplicants(long activityId) {
        return jdbc.queryForList("SELECT account_id FROM participant WHERE activity_id = ? AND state = 'PENDING'"
                + " ORDER BY id", Long.class, activityId);
    }

    /** The participants of an activity (joined, not pending). */
    @Transactional(readOnly = true)
    public int count(long activityId) {
        Integer joined = jdbc.queryForObject("SELECT count(*) FROM participant WHERE activity_id = ?"
                + " AND state = 'JOINED'", Integer.class, activityId);
        return joined == null ? 0 : joined;
    }

    /** Withdraws a pending application; false when there was none. */
    @Transactional
    public boolean withdraw(long activityId, long accountId) {
        return jdbc.update("DELETE FROM participant WHERE activity_id = ? AND account_id = ? AND state = 'PENDING'",
                activityId, accountId) > 0;
    }

    /** Takes one place in the activity's own statement; the activity's row is locked from here to the commit. */
    private JoinedRow takePlace(long activityId, Instant now) {
        List<JoinedRow> rows = jdbc.query("UPDATE activity SET joined = joined + 1"
                + " WHERE id = ? AND status = 'PUBLISHED' AND (capacity IS NULL OR joined < capacity)"
                + " AND (join_deadline IS NULL OR join_deadline > ?) AND (end_at IS NULL OR end_at > ?)"
                + " RETURNING joined, title, owner_account_id",
                (rs, n) -> new JoinedRow(rs.getInt(1), rs.getString(2), rs.getLong(3)), activityId,
                Timestamp.from(now), Timestamp.from(now));
        if (rows.isEmpty()) {
            // Rolls the participant row back with the transaction.
            throw whyNotJoined(activityId, now);
        }
        return rows.get(0);
    }

    /**
     * Takes the account out of the activity.
     *
     * @param removedByAccountId who did it: the account itself, or the owner or a manager
     * @throws ConflictException {@value #NOT_JOINED}
     */
    @Transactional
    public Joined leave(long activityId, long accountId, long removedByAccountId) {
        int deleted = jdbc.update("DELETE FROM participant"
                + " WHERE activity_id = ? AND account_id = ? AND state = 'JOINED'", activityId, accountId);
        if (deleted == 0) {
            if (!activities.existsById(activityId)) {
                throw notFound();
            }
            throw new ConflictException(NOT_JOINED, "未报名该活动");
        }
        JoinedRow row = jdbc.queryForObject("UPDATE activity SET joined = joined - 1 WHERE id = ?"
                + " RETURNING joined, title, owner_account_id",
                (rs, n) -> new JoinedRow(rs.getInt(1), rs.getString(2), rs.getLong(3)), activityId);
        events.publish(new ParticipantLeft(activityId, row.title(), accountId, removedByAccountId, row.joined()));
        return new Joined(activityId, row.joined());
    }

    @Transactional(readOnly = true)
    public boolean hasJoined(long activityId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM participant"
                + " WHERE activity_id = ? AND account_id = ? AND state = 'JOINED')", Boolean.class, activityId,
                accountId));
    }

    private RuntimeException whyNotJoined(long activityId, Instant now) {
        return activities.findById(activityId).map(activity -> {
            RuntimeException refused = whyNotOpen(activity, now);
            return refused != null ? refused : new ConflictException(CLOSED, "报名已截止");
        }).orElseGet(Participants::notFound);
    }

    /** Why the activity takes no one now, or null when it does. */
    private static RuntimeException whyNotOpen(Activity activity, Instant now) {
        if (activity.status() != ActivityStatus.PUBLISHED) {
            return new NotFoundException(NOT_FOUND, "该活动不存在或未发布");
        }
        if (activity.capacity() != null && activity.joined() >= activity.capacity()) {
            return new ConflictException(FULL, "报名人数已满");
        }
        boolean closed = activity.joinDeadline() != null && !activity.joinDeadline().isAfter(now)
                || activity.endAt() != null && !activity.endAt().isAfter(now);
        return closed ? new ConflictException(CLOSED, "报名已截止") : null;
    }

    private static NotFoundException noApplication() {
        return new NotFoundException(NO_APPLICATION, "未找到待审核的报名申请。");
    }

    private static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND, "该活动不存在或未发布");
    }

    private record InsertedRow(long id, String state) {
    }

    private record JoinedRow(int joined, String title, long ownerAccountId) {
    }
}
