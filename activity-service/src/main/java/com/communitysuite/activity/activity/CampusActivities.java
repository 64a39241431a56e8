package com.communitysuite.activity.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.activity.catalog.Catalog;
import com.communitysuite.activity.events.ActivityContentChanged;
import com.communitysuite.activity.organization.Organizations;
import com.communitysuite.activity.recommend.Keywords;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * The campus platform's activities: created by users for themselves (the personal block) or, by an organization's
 * owner or managers, for the organization in its block; published at once; changed and deleted by the owner, the
 * organization's owner or managers, or a super user, the participants told through events.
 */
@Service
public class CampusActivities {

    public static final String PERSONAL_BLOCK = "个人";
    public static final String BOYA_BLOCK = "博雅";
    public static final String NAME_EXISTS = "具有 活动名称 的 activity 已存在。";
    public static final String NOT_FOUND = "未找到。";
    public static final String FORBIDDEN = "您没有执行该操作的权限。";

    private final ActivityRepository activities;
    private final Organizations organizations;
    private final Catalog catalog;
    private final Keywords keywords;
    private final ActivityEventRecorder recorder;
    private final ActivityRemoval removal;
    private final DomainEvents events;
    private final JdbcTemplate jdbc;
    private final ActivityProperties properties;
    private final Clock clock;

    CampusActivities(ActivityRepository activities, Organizations organizations, Catalog catalog, Keywords keywords,
            ActivityEventRecorder recorder, ActivityRemoval removal, DomainEvents events, JdbcTemplate jdbc,
            ActivityProperties properties, Clock clock) {
        this.activities = activities;
        this.organizations = organizations;
        this.catalog = catalog;
        this.keywords = keywords;
        this.recorder = recorder;
        this.removal = removal;
        this.events = events;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who acts on campus: an account, and whether it is a super user. */
    public record CampusCaller(long accountId, boolean superUser) {
    }

    /** What a campus creation asks for beyond the content. */
    public record Placement(long ownerAccountId, Long organizationId, long blockId, boolean review) {
    }

    @Transactional
    public Activity create(CampusCaller caller, CampusActivityContent content, Placement placement) {
        if (placement.ownerAccountId() != caller.accountId() && !caller.superUser()) {
            throw new NotAllowedException("activity.not-owner", FORBIDDEN);
        }
        Organizations.Block block = organizations.block(placement.blockId())
                .orElseThrow(() -> new InvalidInputException("block", invalidKey(placement.blockId())));
        if (BOYA_BLOCK.equals(block.name()) && !caller.superUser()) {
            throw new NotAllowedException("activity.boya-block", FORBIDDEN);
        }
        if (placement.organizationId() == null) {
            if (!PERSONAL_BLOCK.equals(block.name()) && !caller.superUser()) {
                throw new InvalidInputException("org/block", "组织与版块不匹配。");
            }
        }
        else {
            Organizations.Organization organization = organizations.find(placement.organizationId())
                    .orElseThrow(() -> new InvalidInputException("org", invalidKey(placement.organizationId())));
            if (!caller.superUser() && !organizations.manages(caller.accountId(), organization.id())) {
                throw new NotAllowedException("activity.not-manager", FORBIDDEN);
            }
            if (organization.blockId() == null || organization.blockId() != placement.blockId()) {
                throw new InvalidInputException("org/block", "组织与版块不匹配。");
            }
        }
        checkContent(content, true);
        Instant now = clock.instant();
        Activity activity = Activity.campus(placement.ownerAccountId(), content, placement.organizationId(),
                placement.blockId(), placement.review(), keywords.of(content.name(), content.description()),
                properties.zone(), now);
        activity = saveUnique(activity);
        recorder.transitioned(activity, ActivityTransition.PUBLISH_WITHOUT_REVIEW, caller.accountId());
        return activity;
    }

    @Transactional
    public Activity update(CampusCaller caller, long id, CampusActivityContent content) {
        Activity activity = activities.lockById(id).filter(CampusActivities::isCampus).orElseThrow(CampusActivities::notFound);
        requireManager(caller, activity);
        checkContent(content, false);
        activity.reviseForCampus(content, keywords.of(content.name(), content.description()), properties.zone(),
                clock.instant());
        activity = saveUnique(activity);
        recorder.saved(activity, caller.accountId());
        events.publish(new ActivityContentChanged(activity.id(), activity.title(), participantsOf(id),
                Long.toString(caller.accountId())));
        return activity;
    }

    @Transactional
    public void delete(CampusCaller caller, long id) {
        Activity activity = activities.lockById(id).filter(CampusActivities::isCampus).orElseThrow(CampusActivities::notFound);
        requireManager(caller, activity);
        removal.delete(activity, caller.accountId());
    }

    @Transactional(readOnly = true)
    public Activity get(long id) {
        return activities.findById(id).filter(CampusActivities::isCampus).orElseThrow(CampusActivities::notFound);
    }

    @Transactional(readOnly = true)
    public List<Activity> all() {
        return listed("SELECT id FROM activity WHERE surface = 'campus' AND status = 'PUBLISHED' ORDER BY id",
                CampusWindow.ALL);
    }

    @Transactional(readOnly = true)
    public List<Activity> ofOrganization(long organizationId, CampusWindow window) {
        return listed("SELECT id FROM activity WHERE surface = 'campus' AND status = 'PUBLISHED'"
                + " AND organization_id = ? ORDER BY id", window, organizationId);
    }

    @Transactional(readOnly = true)
    public List<Activity> ofBlock(long blockId, CampusWindow window) {
        return listed("SELECT id FROM activity WHERE surface = 'campus' AND status = 'PUBLISHED'"
                + " AND block_id = ? ORDER BY id", window, blockId);
    }

    /** The activities a user released: theirs alone may see them. */
    @Transactional(readOnly = true)
    public List<Activity> releasedBy(CampusCaller caller, long userId, CampusWindow window) {
        requireSelf(caller, userId, false);
        return listed("SELECT id FROM activity WHERE surface = 'campus' AND status = 'PUBLISHED'"
                + " AND owner_account_id = ? ORDER BY id", window, userId);
    }

    /** The activities a user joined: the user or a super user may see them. */
    @Transactional(readOnly = true)
    public List<Activity> joinedBy(CampusCaller caller, long userId, CampusWindow window) {
        requireSelf(caller, userId, true);
        return listed("SELECT a.id FROM participant p JOIN activity a ON a.id = p.activity_id"
                + " WHERE p.account_id = ? AND p.state = 'JOINED' AND a.surface = 'campus' ORDER BY p.id", window,
                userId);
    }

    /** The activities of the organizations the user follows, newest published first: the user alone. */
    @Transactional(readOnly = true)
    public List<Activity> ofFollowedOrganizations(CampusCaller caller, long userId) {
        requireSelf(caller, userId, false);
        return listed("SELECT a.id FROM activity a JOIN organization_follow_copy f ON f.organization_id = a.organization_id"
                + " WHERE f.account_id = ? AND a.surface = 'campus' AND a.status = 'PUBLISHED'"
                + " ORDER BY a.published_at DESC, a.id DESC", CampusWindow.ALL, userId);
    }

    /** What campus shows a user of their relation to an activity; a user asks only about themselves. */
    public record Relation(boolean hasJoined, boolean underReview, boolean isOwner, boolean isManager) {
    }

    @Transactional(readOnly = true)
    public Relation relation(CampusCaller caller, long userId, long activityId) {
        requireSelf(caller, userId, true);
        Activity activity = activities.findById(activityId).filter(CampusActivities::isCampus)
                .orElseThrow(() -> new NotFoundException("activity.not-found", "未找到活动"));
        String state = jdbc.query("SELECT state FROM participant WHERE activity_id = ? AND account_id = ?",
                (rs, n) -> rs.getString(1), activityId, userId).stream().findFirst().orElse(null);
        return new Relation("JOINED".equals(state), "PENDING".equals(state), activity.ownedBy(userId),
                activity.managedBy(userId, org -> organizations.manages(userId, org)));
    }

    /** The owner, the organization's owner or a manager, or a super user. */
    public boolean mayManage(CampusCaller caller, Activity activity) {
        return caller.superUser()
                || activity.managedBy(caller.accountId(), org -> organizations.manages(caller.accountId(), org));
    }

    private void requireManager(CampusCaller caller, Activity activity) {
        if (!mayManage(caller, activity)) {
            throw new NotAllowedException("activity.not-manager", FORBIDDEN);
        }
    }

    private static void requireSelf(CampusCaller caller, long userId, boolean superUserToo) {
        if (caller.accountId() != userId && !(superUserToo && caller.superUser())) {
            throw new NotAllowedException("activity.not-self", FORBIDDEN);
        }
    }

    private void checkContent(CampusActivityContent content, boolean creating) {
        if (content.endAt().isBefore(content.beginAt())) {
            throw new InvalidInputException("begin_time/end_time", "活动开始时间不应迟于结束时间。");
        }
        if (creating && content.beginAt().isBefore(clock.instant())) {
            throw new InvalidInputException("begin_time", "活动开始时间不应早于当前时间。");
        }
        if (!catalog.addressExists(content.locationId())) {
            throw new InvalidInputException("location", invalidKey(content.locationId()));
        }
        if (content.categoryId() != null && !catalog.categoryExists(content.categoryId())) {
            throw new InvalidInputException("type", invalidKey(content.categoryId()));
        }
    }

    /** The name is unique among campus activities: the database's unique index decides. */
    private Activity saveUnique(Activity activity) {
        try {
            return activities.saveAndFlush(activity);
        }
        catch (DataIntegrityViolationException e) {
            if (e.getMessage() != null && e.getMessage().contains("activity_campus_name")) {
                throw new InvalidInputException("name", NAME_EXISTS);
            }
            throw e;
        }
    }

    private List<Activity> listed(String idQuery, CampusWindow window, Object... arguments) {
        List<Long> ids = jdbc.queryForList(idQuery, Long.class, arguments);
        Instant now = clock.instant();
        Map<Long, Activity> byId = new HashMap<>();
        activities.findAllById(ids).forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(a -> a != null && window.contains(a.startAt(), a.endAt(), now))
                .toList();
    }

    private List<Long> participantsOf(long activityId) {
        return jdbc.queryForList("SELECT account_id FROM participant WHERE activity_id = ? AND state = 'JOINED'"
                + " ORDER BY id", Long.class, activityId);
    }

    private static boolean isCampus(Activity activity) {
        return ActivitySurface.CAMPUS.equals(activity.surface()) && activity.status() == ActivityStatus.PUBLISHED;
    }

    static String invalidKey(Object id) {
        return "无效主键 “" + id + "” - 对象不存在。";
    }

    private static NotFoundException notFound() {
        return new NotFoundException("activity.not-found", NOT_FOUND);
    }
}
