package com.communitysuite.activity.comment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.CampusActivities;
import com.communitysuite.activity.activity.CampusActivities.CampusCaller;
import com.communitysuite.activity.events.CommentSaved;
import com.communitysuite.activity.participant.Participants;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Campus comments: only a participant of the activity comments on it, once; the author changes it; the author, the
 * activity's owner or managers and super users delete it. The activity's owner is told of new and changed comments.
 */
@Service
public class Comments {

    public static final String NOT_FOUND = "未找到。";
    public static final String ALREADY_COMMENTED = "您已评价过该活动。";
    public static final String NOT_A_PARTICIPANT = "只有参加了该活动的用户才能评价。";

    private static final RowMapper<Comment> ROWS = (rs, n) -> new Comment(rs.getLong("id"), rs.getLong("activity_id"),
            rs.getLong("account_id"), rs.getString("content"), rs.getBigDecimal("score"),
            rs.getTimestamp("created_at").toInstant());
    private static final String COLUMNS = "SELECT id, activity_id, account_id, content, score, created_at"
            + " FROM activity_comment";

    private final JdbcTemplate jdbc;
    private final ActivityRepository activities;
    private final CampusActivities campus;
    private final Participants participants;
    private final DomainEvents events;
    private final Clock clock;

    Comments(JdbcTemplate jdbc, ActivityRepository activities, CampusActivities campus, Participants participants,
            DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.campus = campus;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    public record Comment(long id, long activityId, long authorAccountId, String content, BigDecimal score,
            Instant createdAt) {
    }

    @Transactional
    public Comment create(CampusCaller caller, long activityId, long userId, String content, BigDecimal score) {
        if (userId != caller.accountId()) {
            throw new NotAllowedException("comment.not-self", CampusActivities.FORBIDDEN);
        }
        Activity activity = activities.findById(activityId)
                .orElseThrow(() -> new InvalidInputException("act", "无效主键 “" + activityId + "” - 对象不存在。"));
        if (!participants.hasJoined(activityId, userId)) {
            throw new NotAllowedException("comment.not-a-participant", NOT_A_PARTICIPANT);
        }
        Instant now = clock.instant();
        Long id;
        try {
            id = jdbc.queryForObject("INSERT INTO activity_comment (activity_id, account_id, content, score,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id", Long.class, activityId,
                    userId, content, score, Timestamp.from(now), Timestamp.from(now));
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("non_field_errors", ALREADY_COMMENTED);
        }
        Comment comment = new Comment(id, activityId, userId, content, score, now);
        told(comment, activity, true);
        return comment;
    }

    @Transactional
    public Comment update(CampusCaller caller, long id, String content, BigDecimal score) {
        Comment current = lock(id);
        if (current.authorAccountId() != caller.accountId()) {
            throw new NotAllowedException("comment.not-author", CampusActivities.FORBIDDEN);
        }
        jdbc.update("UPDATE activity_comment SET content = ?, score = ?, updated_at = ? WHERE id = ?", content, score,
                Timestamp.from(clock.instant()), id);
        Comment changed = new Comment(id, current.activityId(), current.authorAccountId(), content, score,
                current.createdAt());
        activities.findById(current.activityId()).ifPresent(activity -> told(changed, activity, false));
        return changed;
    }

    @Transactional
    public void delete(CampusCaller caller, long id) {
        Comment current = lock(id);
        boolean allowed = current.authorAccountId() == caller.accountId() || caller.superUser()
                || activities.findById(current.activityId()).map(a -> campus.mayManage(caller, a)).orElse(false);
        if (!allowed) {
            throw new NotAllowedException("comment.not-allowed", CampusActivities.FORBIDDEN);
        }
        jdbc.update("DELETE FROM activity_comment WHERE id = ?", id);
    }

    @Transactional(readOnly = true)
    public Comment get(long id) {
        return jdbc.query(COLUMNS + " WHERE id = ?", ROWS, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("comment.not-found", NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public List<Comment> all() {
        return jdbc.query(COLUMNS + " ORDER BY id", ROWS);
    }

    @Transactional(readOnly = true)
    public List<Comment> ofActivity(long activityId) {
        return jdbc.query(COLUMNS + " WHERE activity_id = ? ORDER BY id", ROWS, activityId);
    }

    @Transactional(readOnly = true)
    public Optional<Comment> of(long activityId, long userId) {
        return jdbc.query(COLUMNS + " WHERE activity_id = ? AND account_id = ?", ROWS, activityId, userId).stream()
                .findFirst();
    }

    private Comment lock(long id) {
        return jdbc.query(COLUMNS + " WHERE id = ? FOR UPDATE", ROWS, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("comment.not-found", NOT_FOUND));
    }

    private void told(Comment comment, Activity activity, boolean created) {
        events.publish(new CommentSaved(comment.id(), activity.id(), activity.title(), comment.authorAccountId(),
                activity.ownerAccountId(), activity.blockId(), comment.content(), comment.score(), created));
    }
}
