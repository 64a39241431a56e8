package com.communitysuite.activity.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.platform.storage.ObjectStore;
import com.communitysuite.activity.wxcode.MiniProgramCodeException;
import com.communitysuite.activity.wxcode.MiniProgramCodes;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

import tools.jackson.databind.JsonNode;

/**
 * The mini-program's activity use cases: sponsors write drafts and submit them, activity admins approve (which makes
 * the activity's mini-program code) or deny them, owners and admins take published activities down. Role checks are
 * declared on the controller; ownership is checked here.
 */
@Service
public class MpActivities {

    public static final String NOT_FOUND = "Not found.";
    static final String FAILED = "操作失败";
    static final String NOT_YOURS = "You do not have permission to perform this action.";

    private final ActivityRepository activities;
    private final ActivityEventRecorder events;
    private final MiniProgramCodes codes;
    private final ObjectStore objects;
    private final ActivityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MpActivities(ActivityRepository activities, ActivityEventRecorder events, MiniProgramCodes codes,
            ObjectStore objects, ActivityProperties properties, TransactionTemplate transactions, Clock clock) {
        this.activities = activities;
        this.events = events;
        this.codes = codes;
        this.objects = objects;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new draft, submitted for review when {@code publish}; its id. */
    @Transactional
    public long create(ActivityCaller caller, JsonNode body, boolean publish) {
        MpActivityContent content = properties.mp().rules().read(body, today());
        Activity activity = activities.saveAndFlush(Activity.mpDraft(caller.accountId(), content, clock.instant()));
        if (publish) {
            submit(activity, caller);
        }
        else {
            events.saved(activity, caller.accountId());
        }
        return activity.id();
    }

    /** The owner's draft rewritten, and submitted when {@code publish}. */
    @Transactional
    public void reviseDraft(ActivityCaller caller, long id, JsonNode body, boolean publish) {
        Activity activity = ownDraftLocked(caller, id);
        MpActivityContent content = properties.mp().rules().read(body, today());
        activity.reviseDraft(content, clock.instant());
        activities.saveAndFlush(activity);
        if (publish) {
            submit(activity, caller);
        }
        else {
            events.saved(activity, caller.accountId());
        }
    }

    /** What the owner may change once it is published: the schedules and the replay and online links. */
    @Transactional
    public void revisePublished(ActivityCaller caller, long id, JsonNode schedules, String replayUrl,
            String onlineUrl) {
        Activity activity = activities.lockById(id).filter(a -> ActivitySurface.MP.equals(a.surface()))
                .orElseThrow(MpActivities::notFound);
        if (!activity.ownedBy(caller.accountId())) {
            throw new NotAllowedException("activity.not-owner", NOT_YOURS);
        }
        if (activity.status() != ActivityStatus.PUBLISHED) {
            throw new ConflictException("activity.transition-refused", ActivityTransition.INFORMATION_CHANGED);
        }
        String checkedSchedules = Schedules.validateTextOrJson(schedules);
        String replay = replayUrl == null || replayUrl.isEmpty() ? null : ContentRules.link("replay_url", replayUrl);
        String online = onlineUrl == null || onlineUrl.isEmpty() ? null : ContentRules.link("online_url", onlineUrl);
        activity.reviseWhilePublished(checkedSchedules, replay, online, clock.instant());
        activities.saveAndFlush(activity);
        events.saved(activity, caller.accountId());
    }

    /**
     * Publishes a waiting activity with its mini-program code. WeChat and the object store are called outside any
     * transaction; the approval itself then checks the status again under the row's lock.
     */
    public void approve(ActivityCaller caller, long id) {
        transactions.executeWithoutResult(status -> waiting(id));
        MiniProgramCodes.MiniProgramCode code;
        try {
            code = codes.unlimited(Long.toString(id), properties.mp().detailPage());
        }
        catch (MiniProgramCodeException e) {
            throw new ConflictException("activity.wx-code-failed", FAILED);
        }
        String key = "activity/" + id + "/wx_code." + code.extension();
        objects.put(key, code.image(), code.contentType());
        String url = objects.publicUrl(key);
        transactions.executeWithoutResult(status -> {
            Activity activity = waiting(id);
            activity.approve(url, clock.instant());
            activities.saveAndFlush(activity);
            events.transitioned(activity, ActivityTransition.APPROVE, caller.accountId());
        });
    }

    @Transactional
    public void deny(ActivityCaller caller, long id) {
        Activity activity = waiting(id);
        move(activity, ActivityTransition.DENY, caller);
    }

    /** Taken down by an activity admin, or by its owner. */
    @Transactional
    public void takeDown(ActivityCaller caller, long id) {
        Activity activity = activities.lockById(id).filter(a -> ActivitySurface.MP.equals(a.surface()))
                .orElseThrow(MpActivities::notFound);
        if (!caller.activityAdmin() && !activity.ownedBy(caller.accountId())) {
            throw new NotAllowedException("activity.not-owner", NOT_YOURS);
        }
        move(activity, ActivityTransition.TAKE_DOWN, caller);
    }

    /** The owner's draft, gone for good (the original deleted it). */
    @Transactional
    public void deleteDraft(ActivityCaller caller, long id) {
        Activity activity = activities.lockById(id)
                .filter(a -> ActivitySurface.MP.equals(a.surface()) && a.ownedBy(caller.accountId())
                        && a.status() == ActivityStatus.DRAFT)
                .orElseThrow(MpActivities::notFound);
        activities.delete(activity);
        events.deleted(activity, List.of(), caller.accountId());
    }

    private void submit(Activity activity, ActivityCaller caller) {
        move(activity, ActivityTransition.SUBMIT, caller);
    }

    private void move(Activity activity, ActivityTransition transition, ActivityCaller caller) {
        activity.apply(transition, clock.instant());
        activities.saveAndFlush(activity);
        events.transitioned(activity, transition, caller.accountId());
    }

    private Activity ownDraftLocked(ActivityCaller caller, long id) {
        return activities.lockById(id)
                .filter(a -> ActivitySurface.MP.equals(a.surface()) && a.ownedBy(caller.accountId())
                        && a.status() == ActivityStatus.DRAFT)
                .orElseThrow(() -> new ConflictException("activity.transition-refused",
                        ActivityTransition.INFORMATION_CHANGED));
    }

    /** The activity under review, locked; otherwise the original's "information changed". */
    private Activity waiting(long id) {
        return activities.lockById(id)
                .filter(a -> ActivitySurface.MP.equals(a.surface()) && a.status() == ActivityStatus.WAITING)
                .orElseThrow(() -> new ConflictException("activity.transition-refused",
                        ActivityTransition.INFORMATION_CHANGED));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    static NotFoundException notFound() {
        return new NotFoundException("activity.not-found", NOT_FOUND);
    }
}
