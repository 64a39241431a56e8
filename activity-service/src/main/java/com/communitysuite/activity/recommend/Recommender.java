package com.communitysuite.activity.recommend;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.organization.Organizations;
import com.communitysuite.platform.domain.NotAllowedException;

/**
 * Campus recommendations: of the activities not ended, not full and not joined (nor applied to) by the user, at
 * most {@value #MAX_RECOMMENDED} by {@link RecommendationScore} then name; the user's portrait (joins per category
 * and per keyword) is kept in the database by {@link PortraitListener}. The recommended organizations are those of
 * the recommended activities, by how many each has, then name.
 */
@Service
public class Recommender {

    public static final int MAX_RECOMMENDED = 100;

    private final JdbcTemplate jdbc;
    private final ActivityRepository activities;
    private final Organizations organizations;
    private final Clock clock;

    Recommender(JdbcTemplate jdbc, ActivityRepository activities, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.organizations = organizations;
        this.clock = clock;
    }

    public record Recommended(Activity activity, double score) {
    }

    private record Candidate(long id, String name, double score) {
    }

    /** The user's recommendations; a user asks only for their own. */
    @Transactional(readOnly = true)
    public List<Recommended> activitiesFor(long callerAccountId, long userId) {
        if (callerAccountId != userId) {
            throw new NotAllowedException("recommendation.not-self", "您没有执行该操作的权限。");
        }
        List<Candidate> candidates = jdbc.query("SELECT a.id, a.title, a.joined,"
                + " COALESCE((SELECT r.weight FROM recommender_portrait r WHERE r.account_id = ?"
                + "   AND r.kind = 'category' AND r.term = a.category_id::text), 0),"
                + " COALESCE((SELECT sum(r.weight) FROM recommender_portrait r WHERE r.account_id = ?"
                + "   AND r.kind = 'keyword' AND r.term = ANY (a.keywords)), 0),"
                + " COALESCE((SELECT avg(c.score) FROM activity_comment c WHERE c.activity_id = a.id AND c.score > 0), 0)"
                + " FROM activity a WHERE a.surface = 'campus' AND a.status = 'PUBLISHED' AND a.end_at >= ?"
                + " AND (a.capacity IS NULL OR a.joined < a.capacity)"
                + " AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.activity_id = a.id AND p.account_id = ?)",
                (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
                        RecommendationScore.of(rs.getInt(4), rs.getInt(5), rs.getInt(3), rs.getDouble(6))),
                userId, userId, Timestamp.from(clock.instant()), userId);
        List<Candidate> best = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name)
                        .thenComparingLong(Candidate::id))
                .limit(MAX_RECOMMENDED).toList();
        Map<Long, Activity> byId = new LinkedHashMap<>();
        activities.findAllById(best.stream().map(Candidate::id).toList()).forEach(a -> byId.put(a.id(), a));
        List<Recommended> recommended = new ArrayList<>();
        for (Candidate candidate : best) {
            Activity activity = byId.get(candidate.id());
            if (activity != null) {
                recommended.add(new Recommended(activity, candidate.score()));
            }
        }
        return recommended;
    }

    /** The organizations of the user's recommended activities, by how many of them each has, then name. */
    @Transactional(readOnly = true)
    public List<Organizations.Organization> organizationsFor(long callerAccountId, long userId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Recommended recommended : activitiesFor(callerAccountId, userId)) {
            Long organizationId = recommended.activity().organizationId();
            if (organizationId != null) {
                counts.merge(organizationId, 1, Integer::sum);
            }
        }
        Map<Long, Organizations.Organization> known = organizations.byIds(counts.keySet());
        return known.values().stream()
                .sorted(Comparator.<Organizations.Organization>comparingInt(o -> counts.get(o.id())).reversed()
                        .thenComparing(Organizations.Organization::name))
                .toList();
    }
}
