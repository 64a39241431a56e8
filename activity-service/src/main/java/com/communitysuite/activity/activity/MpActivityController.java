package com.communitysuite.activity.activity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.activity.collection.ActivityCollections;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.platform.web.mvc.MpApi;

import tools.jackson.databind.JsonNode;

/**
 * mp section 三 (activities) 1 to 15, 19 and 20. Sponsors ({@code activity_level} 2) and activity admins (3) write;
 * admins review; the lists and details the original served anonymously are open (the caller's
 * {@code collection_id} is null then).
 */
@MpApi
class MpActivityController {

    static final String SPONSOR = "@access.levelAtLeast('activity_level', 2)";
    static final String ADMIN = "@access.levelAtLeast('activity_level', 3)";

    private final MpActivities activities;
    private final MpActivityQueries queries;
    private final ActivityCollections collections;

    MpActivityController(MpActivities activities, MpActivityQueries queries, ActivityCollections collections) {
        this.activities = activities;
        this.queries = queries;
        this.collections = collections;
    }

    @PostMapping("/mp/activity")
    @PreAuthorize(SPONSOR)
    MpAnswers.Created create(SuiteIdentity identity, @RequestParam(required = false) String publish,
            @RequestBody JsonNode body) {
        boolean submit = publish(publish);
        long id = activities.create(ActivityCaller.of(identity), body, submit);
        return MpAnswers.Created.of(submit ? "The event application was published successfully"
                : "Save draft event", id);
    }

    @PutMapping("/mp/activityupdate/{pk}")
    @PreAuthorize(SPONSOR)
    MpAnswers.Done revisePublished(SuiteIdentity identity, @PathVariable long pk, @RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("body", ContentRules.INVALID);
        }
        activities.revisePublished(ActivityCaller.of(identity), pk, body.get("schedules"),
                MpActivityRules.string(body, "replay_url"), MpActivityRules.string(body, "online_url"));
        return MpAnswers.done("success");
    }

    @GetMapping("/mp/waitingactivities")
    @PreAuthorize(ADMIN)
    PageNumberPage<MpActivityView> waiting(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        return page(identity, request, queries.waiting(request.page(), request.size()));
    }

    @GetMapping("/mp/waitingactivity/{pk}")
    @PreAuthorize(ADMIN)
    MpActivityView waitingOne(SuiteIdentity identity, @PathVariable long pk) {
        return view(identity, queries.waiting(pk));
    }

    @PutMapping("/mp/activity/action/approve/{pk}")
    @PreAuthorize(ADMIN)
    MpAnswers.Done approve(SuiteIdentity identity, @PathVariable long pk) {
        activities.approve(ActivityCaller.of(identity), pk);
        return MpAnswers.done("The event has been reviewed and published");
    }

    @PutMapping("/mp/activity/action/deny/{pk}")
    @PreAuthorize(ADMIN)
    MpAnswers.Done deny(SuiteIdentity identity, @PathVariable long pk) {
        activities.deny(ActivityCaller.of(identity), pk);
        return MpAnswers.done("Event application has been rejected");
    }

    /** The document's body code 204 (the original's older answer) with HTTP 200. */
    @PutMapping("/mp/activity/action/del/{pk}")
    @PreAuthorize(SPONSOR)
    MpAnswers.Done takeDown(SuiteIdentity identity, @PathVariable long pk) {
        activities.takeDown(ActivityCaller.of(identity), pk);
        return MpAnswers.done("Activity deleted successfully").withCode(204);
    }

    @PutMapping("/mp/draftupdate/{pk}")
    @PreAuthorize(SPONSOR)
    MpAnswers.Done reviseDraft(SuiteIdentity identity, @PathVariable long pk,
            @RequestParam(required = false) String publish, @RequestBody JsonNode body) {
        activities.reviseDraft(ActivityCaller.of(identity), pk, body, publish(publish));
        return MpAnswers.done("Edit and save draft event");
    }

    @GetMapping("/mp/draft/{pk}")
    @PreAuthorize(SPONSOR)
    MpActivityView draft(SuiteIdentity identity, @PathVariable long pk) {
        return view(identity, queries.ownDraft(identity.accountId(), pk));
    }

    @DeleteMapping("/mp/draft/{pk}")
    @PreAuthorize(SPONSOR)
    MpAnswers.Done deleteDraft(SuiteIdentity identity, @PathVariable long pk) {
        activities.deleteDraft(ActivityCaller.of(identity), pk);
        return MpAnswers.done("success");
    }

    @GetMapping("/mp/activities")
    PageNumberPage<MpActivityView> published(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search,
            @RequestParam(name = "activity_status", required = false) String status,
            @RequestParam(name = "activity_category", required = false) String category) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        return page(identity, request, queries.published(search, MpPhaseFilter.of(status), category(category),
                request.page(), request.size()));
    }

    @GetMapping("/mp/activity/{pk}")
    MpActivityDetailView one(SuiteIdentity identity, @PathVariable long pk) {
        Activity activity = queries.published(pk);
        Long collectionId = collections.collectionIds(ActivityCaller.accountOrNull(identity), List.of(pk)).get(pk);
        return MpActivityDetailView.of(activity, collectionId, queries.today());
    }

    @GetMapping("/mp/mypublishedactivities")
    @PreAuthorize(SPONSOR)
    PageNumberPage<MpActivityView> myPublished(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return own(identity, ActivityStatus.PUBLISHED, page, size);
    }

    @GetMapping("/mp/mywaitingactivities")
    @PreAuthorize(SPONSOR)
    PageNumberPage<MpActivityView> myWaiting(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return own(identity, ActivityStatus.WAITING, page, size);
    }

    @GetMapping("/mp/drafts")
    @PreAuthorize(SPONSOR)
    PageNumberPage<MpActivityView> drafts(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return own(identity, ActivityStatus.DRAFT, page, size);
    }

    @GetMapping("/mp/recentactivities")
    PageNumberPage<MpActivityView> recent(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        return page(identity, request, queries.recent(request.page(), request.size()));
    }

    /** A bare object, as the original answered it. */
    @GetMapping("/mp/countactivities")
    Map<String, Long> counts(@RequestParam(required = false) String search,
            @RequestParam(name = "activity_category", required = false) String category) {
        Map<MpPhaseFilter, Long> counts = queries.counts(search, category(category));
        Map<String, Long> answer = new LinkedHashMap<>();
        answer.put("all_activities_count", counts.get(MpPhaseFilter.ANY));
        answer.put("registering_activities_count", counts.get(MpPhaseFilter.REGISTERING));
        answer.put("going_activities_count", counts.get(MpPhaseFilter.GOING));
        answer.put("completed_activities_count", counts.get(MpPhaseFilter.COMPLETED));
        return answer;
    }

    private PageNumberPage<MpActivityView> own(SuiteIdentity identity, ActivityStatus status, String page,
            String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        return page(identity, request, queries.own(identity.accountId(), status, request.page(), request.size()));
    }

    private PageNumberPage<MpActivityView> page(SuiteIdentity identity, PageNumberRequest request,
            MpActivityQueries.Slice slice) {
        Map<Long, Long> collectionIds = collections.collectionIds(ActivityCaller.accountOrNull(identity),
                slice.activities().stream().map(Activity::id).toList());
        LocalDate today = queries.today();
        return request.page(slice.total(), slice.activities().stream()
                .map(a -> MpActivityView.of(a, collectionIds.get(a.id()), today)).toList());
    }

    private MpActivityView view(SuiteIdentity identity, Activity activity) {
        Long collectionId = collections.collectionIds(ActivityCaller.accountOrNull(identity), List.of(activity.id()))
                .get(activity.id());
        return MpActivityView.of(activity, collectionId, queries.today());
    }

    /** {@code publish} absent, or {@code true} in any case; anything else is bad input, as the original had it. */
    private static boolean publish(String publish) {
        if (publish == null) {
            return false;
        }
        if (publish.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("publish", ContentRules.INVALID);
    }

    /** {@code activity_category} 1 to 4, or none (the original failed with a 500 on other values). */
    private static Integer category(String category) {
        if (category == null || category.isEmpty()) {
            return null;
        }
        if (!category.matches("[1-4]")) {
            throw new InvalidInputException("activity_category", ContentRules.INVALID);
        }
        return Integer.valueOf(category);
    }
}
