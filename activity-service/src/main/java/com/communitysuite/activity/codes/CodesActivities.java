package com.communitysuite.activity.codes;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityEventRecorder;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.ActivityStatus;
import com.communitysuite.activity.activity.ActivitySurface;
import com.communitysuite.activity.activity.ActivityTransition;
import com.communitysuite.activity.activity.CodesActivityDetails;
import com.communitysuite.platform.storage.ObjectStore;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

/** The request-code protocol's activities: created with their images to upload (10301), then published (10302). */
@Service
public class CodesActivities {

    static final String TITLE_EXISTS = "activity.title-exists";
    static final String ALREADY_PUBLISHED = "activity.already-published";
    /** Lock space of the owner's title check (two-key advisory locks do not meet the one-key ones). */
    private static final int TITLE_LOCK_SPACE = 10301;

    private final ActivityRepository activities;
    private final ActivityEventRecorder events;
    private final ObjectStore objects;
    private final ActivityProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CodesActivities(ActivityRepository activities, ActivityEventRecorder events, ObjectStore objects,
            ActivityProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.activities = activities;
        this.events = events;
        this.objects = objects;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new activity and one upload URL per image, in the order of the images. */
    public record Created(long activityId, List<URI> uploadUrls) {
    }

    /**
     * @throws ConflictException {@value #TITLE_EXISTS} when the owner has an activity of that title
     */
    @Transactional
    public Created create(long ownerAccountId, String title, List<String> imageNames) {
        String checkedTitle = CodesRules.title("title", title);
        List<String> types = CodesRules.imageTypes(imageNames, properties.codes().maxImages());
        // Two simultaneous requests of one owner must not both pass the title check.
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?, ?)", TITLE_LOCK_SPACE,
                (int) (ownerAccountId ^ (ownerAccountId >>> 32)));
        if (activities.existsByOwnerAccountIdAndTitleAndStatusNot(ownerAccountId, checkedTitle,
                ActivityStatus.TAKEN_DOWN)) {
            throw new ConflictException(TITLE_EXISTS, "该活动已经存在");
        }
        Instant now = clock.instant();
        Activity activity = activities.saveAndFlush(Activity.codesDraft(ownerAccountId, checkedTitle, now));
        List<String> keys = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            String key = "activity/" + activity.id() + "/images/" + (i + 1) + "."
                    + (type.equals("image/jpeg") ? "jpg" : type.substring("image/".length()));
            keys.add(key);
            urls.add(URI.create(objects.presignUpload(key, type).uploadUrl()));
        }
        activity.imagesUploadedAs(keys, now);
        activities.saveAndFlush(activity);
        events.saved(activity, ownerAccountId);
        return new Created(activity.id(), urls);
    }

    /**
     * The details of the owner's new activity, which publishes it (the protocol has no review).
     *
     * @throws NotFoundException  no request-code activity of that id
     * @throws NotAllowedException not the caller's
     * @throws ConflictException  {@value #ALREADY_PUBLISHED}
     */
    @Transactional
    public void publish(long callerAccountId, long activityId, CodesFields fields) {
        Activity activity = activities.lockById(activityId).filter(a -> ActivitySurface.CODES.equals(a.surface()))
                .orElseThrow(() -> new NotFoundException("activity.not-found", "该活动不存在"));
        if (!activity.ownedBy(callerAccountId)) {
            throw new NotAllowedException("activity.not-owner", "该活动未授权");
        }
        if (activity.status() != ActivityStatus.DRAFT) {
            throw new ConflictException(ALREADY_PUBLISHED, "该活动已发布");
        }
        Instant now = clock.instant();
        CodesActivityDetails details = CodesRules.details(fields, now, properties.zone());
        activity.describeForCodes(details, properties.zone(), now);
        activity.apply(ActivityTransition.PUBLISH_WITHOUT_REVIEW, now);
        activities.saveAndFlush(activity);
        events.transitioned(activity, ActivityTransition.PUBLISH_WITHOUT_REVIEW, callerAccountId);
    }
}
