package com.communitysuite.activity.wx;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityEventRecorder;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.WxPage;
import com.communitysuite.activity.organization.Organizations;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * The wx H5 pages of activities: what a page shows and collects, and its members (their WeChat profile, the
 * information the page collects, their sign-in to the activity's course). A user's token acts as that user on any
 * activity, and on the members it submitted only; an organization's key only on that organization's activities.
 * The page's settings are changed by the organization's key, or with a user's token by the activity's owner or its
 * organization's owner or managers (the campus rule, {@link Activity#managedBy}).
 */
@Service
public class WxActivities {

    public static final String NOT_FOUND = "活动不存在";
    public static final String OTHER_ORGANIZATION = "无权访问其他机构的活动";
    public static final String CLOSED = "活动已截止";
    public static final String SOMEONE_ELSES_MEMBER = "该成员的信息由他人提交，无权修改";
    public static final String NOT_PAGE_MANAGER = "只有活动的创建者、所属机构的管理者或机构凭证可以修改活动页面";
    public static final String COURSE_TAKEN = "该课程已关联本机构的另一个活动";
    public static final String COURSE_WITHOUT_ORGANIZATION = "不属于机构的活动不能关联课程";

    /** A mainland mobile number, as the H5 page asks for it. */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    private final ActivityRepository activities;
    private final Organizations organizations;
    private final ActivityEventRecorder recorder;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WxActivities(ActivityRepository activities, Organizations organizations, ActivityEventRecorder recorder,
            JdbcTemplate jdbc, Clock clock) {
        this.activities = activities;
        this.organizations = organizations;
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a member submits on the page. */
    public record MemberInfo(String memberId, String icon, String nickname, String realName, String phone) {
    }

    /** The activity the caller may see. */
    @Transactional(readOnly = true)
    public Activity activity(SuiteIdentity caller, long id) {
        Activity activity = activities.findById(id).orElseThrow(WxActivities::notFound);
        requireAccess(caller, activity);
        return activity;
    }

    /** Whether the activity exists for the caller: an organization's key sees only its own. */
    @Transactional(readOnly = true)
    public boolean exists(SuiteIdentity caller, long id) {
        return activities.findById(id).filter(a -> mayAccess(caller, a)).isPresent();
    }

    /** What the page collects: {@code name}, {@code phone}, or both. */
    public static List<String> collected(Activity activity) {
        String info = activity.collectInfo();
        return info == null || info.isBlank() ? List.of()
                : Arrays.stream(info.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasJoined(SuiteIdentity caller, long id, String memberId) {
        activity(caller, id);
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM wx_member"
                + " WHERE activity_id = ? AND member_id = ?)", Boolean.class, id, memberId));
    }

    /** Records the member's profile and what the page collects; answers the member id. */
    @Transactional
    public String submit(SuiteIdentity caller, long id, MemberInfo info) {
        Activity activity = activity(caller, id);
        Instant now = clock.instant();
        if (activity.closeAt() != null && !activity.closeAt().isAfter(now)) {
            throw new ConflictException("wx.closed", CLOSED);
        }
        List<String> collected = collected(activity);
        String realName = null;
        String phone = null;
        if (collected.contains("name")) {
            realName = required("member_real_name", info.realName(), 50);
        }
        if (collected.contains("phone")) {
            phone = required("member_phone", info.phone(), 11);
            if (!PHONE.matcher(phone).matches()) {
                throw new InvalidInputException("member_phone", "手机号码格式不正确");
            }
        }
        // A user's token records members as that account's: it may change its own, not another account's nor one
        // the organization recorded; the organization's key may change any member of its activity.
        Long submittedBy = caller.kind() == SuiteIdentity.Kind.ACCOUNT ? caller.accountId() : null;
        int recorded = jdbc.update("INSERT INTO wx_member (activity_id, member_id, icon, nickname, real_name, phone,"
                + " joined_at, submitted_by_account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (activity_id, member_id) DO UPDATE SET"
                + " icon = EXCLUDED.icon, nickname = EXCLUDED.nickname,"
                + " real_name = COALESCE(EXCLUDED.real_name, wx_member.real_name),"
                + " phone = COALESCE(EXCLUDED.phone, wx_member.phone)"
                + " WHERE EXCLUDED.submitted_by_account_id IS NULL"
                + " OR wx_member.submitted_by_account_id = EXCLUDED.submitted_by_account_id",
                id, info.memberId(), info.icon(), info.nickname(), realName, phone, Timestamp.from(now), submittedBy);
        if (recorded == 0) {
            throw new NotAllowedException("wx.someone-elses-member", SOMEONE_ELSES_MEMBER);
        }
        return info.memberId();
    }

    /**
     * The page's settings changed as asked, the row locked so that changes of one activity happen one after another. A
     * course is one activity of its organization: a course id another of its activities has is refused.
     */
    @Transactional
    public Activity configurePage(SuiteIdentity caller, long id, WxPageSettings settings) {
        Activity activity = activities.lockById(id).orElseThrow(WxActivities::notFound);
        requirePageManager(caller, activity);
        WxPage page = settings.applyTo(activity.wxPage());
        if (page.courseId() != null && !page.courseId().equals(activity.courseId())) {
            if (activity.organizationId() == null) {
                throw new InvalidInputException("course_id", COURSE_WITHOUT_ORGANIZATION);
            }
            if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM activity WHERE"
                    + " organization_id = ? AND course_id = ? AND id <> ?)", Boolean.class,
                    activity.organizationId(), page.courseId(), id))) {
                throw courseTaken();
            }
        }
        activity.configureWxPage(page, clock.instant());
        try {
            activity = activities.saveAndFlush(activity);
        }
        catch (DataIntegrityViolationException e) {
            // Another activity of the organization took the course after the check above: the unique index decides.
            if (e.getMessage() != null && e.getMessage().contains("activity_organization_course")) {
                throw courseTaken();
            }
            throw e;
        }
        recorder.saved(activity, caller.kind() == SuiteIdentity.Kind.ACCOUNT ? caller.accountId() : null);
        return activity;
    }

    /** A course server's sign-in of a member to the activity of its course: the organization's own activity only. */
    @Transactional
    public String signIn(SuiteIdentity caller, String courseId, MemberInfo info) {
        if (caller.kind() != SuiteIdentity.Kind.ORGANIZATION) {
            throw new NotAllowedException("wx.organization-only", "只有机构凭证可以同步签到");
        }
        Optional<Long> activityId = jdbc.queryForList("SELECT id FROM activity WHERE course_id = ?"
                + " AND organization_id = ? ORDER BY id", Long.class, courseId, caller.organizationId())
                .stream().findFirst();
        long id = activityId.orElseThrow(() -> new NotFoundException("wx.course-not-found", "课程对应的活动不存在"));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO wx_member (activity_id, member_id, icon, nickname, joined_at, signed_in_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id, member_id) DO UPDATE SET"
                + " icon = COALESCE(EXCLUDED.icon, wx_member.icon),"
                + " nickname = COALESCE(EXCLUDED.nickname, wx_member.nickname), signed_in_at = EXCLUDED.signed_in_at",
                id, info.memberId(), info.icon(), info.nickname(), now, now);
        return info.memberId();
    }

    private static boolean mayAccess(SuiteIdentity caller, Activity activity) {
        return switch (caller.kind()) {
            case ACCOUNT -> true;
            case ORGANIZATION -> activity.organizationId() != null
                    && activity.organizationId().equals(caller.organizationId());
            default -> false;
        };
    }

    private static void requireAccess(SuiteIdentity caller, Activity activity) {
        if (!mayAccess(caller, activity)) {
            throw new NotAllowedException("wx.other-organization", OTHER_ORGANIZATION);
        }
    }

    private void requirePageManager(SuiteIdentity caller, Activity activity) {
        switch (caller.kind()) {
            case ORGANIZATION -> requireAccess(caller, activity);
            case ACCOUNT -> {
                long account = caller.accountId();
                if (!activity.managedBy(account, organization -> organizations.manages(account, organization))) {
                    throw new NotAllowedException("wx.not-page-manager", NOT_PAGE_MANAGER);
                }
            }
            default -> throw new NotAllowedException("wx.not-page-manager", NOT_PAGE_MANAGER);
        }
    }

    private static ConflictException courseTaken() {
        return new ConflictException("wx.course-taken", COURSE_TAKEN);
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "不能为空");
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "过长");
        }
        return text;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("wx.activity-not-found", NOT_FOUND);
    }
}
