package com.communitysuite.activity.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.ActivityStatus;
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

    /** The count of participants after a join or leave. */
    public record Joined(long activityId, int joinedTotal) {
    }

    /**
     * Joins the account to the published activity if it has a place left and registration is open.
     *
     * @throws ConflictException {@value #ALREADY_JOINED}, {@value #FULL} or {@value #CLOSED}
     * @throws NotFoundException when there is no such activity
     */
    @Transactional
    public Joined join(long activityId, long accountId) {
        Instant now = clock.instant();
        int inserted;
        try {
            inserted = jdbc.update("INSERT INTO participant (activity_id, account_id, state, joined_at)"
                    + " VALUES (?, ?, 'JOINED', ?) ON CONFLICT (activity_id, account_id) DO NOTHING", activityId,
                    accountId, Timestamp.from(now));
        }
        catch (DataIntegrityViolationException noSuchActivity) {
            throw notFound();
        }
        if (inserted == 0) {
            throw new ConflictException(ALREADY_JOINED, "已报名");
        }
        // The activity's row is locked from here to the commit: keep what follows short.
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
        JoinedRow row = rows.get(0);
        events.publish(new ParticipantJoined(activityId, row.title(), accountId, row.ownerAccountId(), row.joined()));
        return new Joined(activityId, row.joined());
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
        return activities.findById(activityId).<RuntimeException>map(activity -> {
            if (activity.status() != ActivityStatus.PUBLISHED) {
                return new NotFoundException(NOT_FOUND, "该活动不存在或未发布");
            }
            boolean full = activity.capacity() != null && activity.joined() >= activity.capacity();
            if (full) {
                return new ConflictException(FULL, "报名人数已满");
            }
            return new ConflictException(CLOSED, "报名已截止");
        }).orElseGet(Participants::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND, "该活动不存在或未发布");
    }

    private record JoinedRow(int joined, String title, long ownerAccountId) {
    }
}
