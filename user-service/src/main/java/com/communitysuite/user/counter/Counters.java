package com.communitysuite.user.counter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What /mp/mycounts/ counts, kept as state rather than increments: each activity's owner and status at its highest
 * version, each meeting's creator and whether it is cancelled, each user's collections with the newest collection id.
 * Applying an event twice, or an older one after a newer one, changes nothing.
 */
@Component
public class Counters {

    /** mp activity statuses (activity-service): draft, waiting for review, published, taken down. */
    static final String DRAFT = "DRAFT";
    static final String WAITING = "WAITING";
    static final String PUBLISHED = "PUBLISHED";

    private final JdbcTemplate jdbc;

    Counters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An activity's state as of {@code version}: the status only moves forward in versions; the owner and the surface
     * (which never change) are filled in by whichever event carries them first.
     */
    void activityState(long activityId, Long ownerAccountId, String surface, String status, boolean deleted,
            long version) {
        jdbc.update("INSERT INTO counted_activity (activity_id, owner_account_id, surface, status, deleted, version)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id) DO UPDATE SET"
                + " owner_account_id = COALESCE(counted_activity.owner_account_id, EXCLUDED.owner_account_id),"
                + " surface = COALESCE(counted_activity.surface, EXCLUDED.surface),"
                + " status = CASE WHEN EXCLUDED.version > counted_activity.version"
                + "   THEN COALESCE(EXCLUDED.status, counted_activity.status) ELSE counted_activity.status END,"
                + " deleted = CASE WHEN EXCLUDED.version > counted_activity.version THEN EXCLUDED.deleted"
                + "   ELSE counted_activity.deleted END,"
                + " version = GREATEST(counted_activity.version, EXCLUDED.version)",
                activityId, ownerAccountId, surface, status, deleted, version);
    }

    void activityCollection(long accountId, long activityId, long collectionId, boolean collected) {
        collection("activity_collection", "activity_id", accountId, activityId, collectionId, collected);
    }

    void meetingCreated(long meetingId, Long creatorAccountId) {
        jdbc.update("INSERT INTO counted_meeting (meeting_id, creator_account_id, cancelled) VALUES (?, ?, FALSE)"
                + " ON CONFLICT (meeting_id) DO UPDATE SET creator_account_id ="
                + " COALESCE(counted_meeting.creator_account_id, EXCLUDED.creator_account_id)", meetingId,
                creatorAccountId);
    }

    /** A cancellation is final, whether or not the creation was seen yet. */
    void meetingCancelled(long meetingId, Long creatorAccountId) {
        jdbc.update("INSERT INTO counted_meeting (meeting_id, creator_account_id, cancelled) VALUES (?, ?, TRUE)"
                + " ON CONFLICT (meeting_id) DO UPDATE SET cancelled = TRUE, creator_account_id ="
                + " COALESCE(counted_meeting.creator_account_id, EXCLUDED.creator_account_id)", meetingId,
                creatorAccountId);
    }

    void meetingCollection(long accountId, long meetingId, long collectionId, boolean collected) {
        collection("meeting_collection", "meeting_id", accountId, meetingId, collectionId, collected);
    }

    /**
     * A collection id is collected once and removed once: a newer id replaces the state, and for the same id a
     * removal wins, whatever order the two events arrive in.
     */
    private void collection(String table, String column, long accountId, long itemId, long collectionId,
            boolean collected) {
        jdbc.update("INSERT INTO " + table + " (account_id, " + column + ", collection_id, collected)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, " + column + ") DO UPDATE SET"
                + " collected = CASE WHEN EXCLUDED.collection_id > " + table + ".collection_id THEN EXCLUDED.collected"
                + "   WHEN EXCLUDED.collection_id = " + table + ".collection_id THEN " + table
                + ".collected AND EXCLUDED.collected ELSE " + table + ".collected END,"
                + " collection_id = GREATEST(" + table + ".collection_id, EXCLUDED.collection_id)",
                accountId, itemId, collectionId, collected);
    }

    /**
     * The caller's counts, with keys for the levels they have, as the original: collections always; created meetings
     * for members (their own) and meeting admins (all); published, drafts and waiting activities for sponsors (their
     * own) and activity admins (all published and waiting, their own drafts).
     */
    public Map<String, Long> of(long accountId, int level, int activityLevel) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("collected_meetings_count", count("SELECT count(*) FROM meeting_collection c"
                + " LEFT JOIN counted_meeting m ON m.meeting_id = c.meeting_id"
                + " WHERE c.account_id = ? AND c.collected AND m.cancelled IS NOT TRUE", accountId));
        counts.put("collected_activities_count", count("SELECT count(*) FROM activity_collection c"
                + " LEFT JOIN counted_activity a ON a.activity_id = c.activity_id"
                + " WHERE c.account_id = ? AND c.collected AND a.deleted IS NOT TRUE"
                + " AND a.status IS DISTINCT FROM 'TAKEN_DOWN'", accountId));
        if (level == 2) {
            counts.put("created_meetings_count", count("SELECT count(*) FROM counted_meeting"
                    + " WHERE creator_account_id = ? AND NOT cancelled", accountId));
        }
        else if (level == 3) {
            counts.put("created_meetings_count", count("SELECT count(*) FROM counted_meeting WHERE NOT cancelled"));
        }
        String mpActivities = "SELECT count(*) FROM counted_activity WHERE NOT deleted AND surface = 'mp' AND status = ?";
        if (activityLevel == 2) {
            counts.put("published_activities_count", count(mpActivities + " AND owner_account_id = ?", PUBLISHED,
                    accountId));
            counts.put("drafts_count", count(mpActivities + " AND owner_account_id = ?", DRAFT, accountId));
            counts.put("publishing_activities_count", count(mpActivities + " AND owner_account_id = ?", WAITING,
                    accountId));
        }
        else if (activityLevel == 3) {
            counts.put("published_activities_count", count(mpActivities, PUBLISHED));
            counts.put("drafts_count", count(mpActivities + " AND owner_account_id = ?", DRAFT, accountId));
            counts.put("publishing_activities_count", count(mpActivities, WAITING));
        }
        return counts;
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
