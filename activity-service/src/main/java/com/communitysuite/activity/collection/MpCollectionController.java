package com.communitysuite.activity.collection;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.activity.activity.ContentRules;
import com.communitysuite.activity.activity.MpActivityQueries;
import com.communitysuite.activity.activity.MpActivityView;
import com.communitysuite.activity.activity.MpAnswers;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.platform.web.mvc.MpApi;

import tools.jackson.databind.JsonNode;

/** mp section 三 16 to 18: a signed-in user's collected activities. */
@MpApi
public class MpCollectionController {

    private final ActivityCollections collections;
    private final MpActivityQueries queries;

    MpCollectionController(ActivityCollections collections, MpActivityQueries queries) {
        this.collections = collections;
        this.queries = queries;
    }

    /** Idempotent; the answer also names the collection, which the original left out. */
    @PostMapping("/mp/activity/action/collect")
    @PreAuthorize("@access.account()")
    MpAnswers.Collected collect(SuiteIdentity identity, @RequestBody JsonNode body) {
        JsonNode activity = body.isObject() ? body.get("activity") : null;
        if (activity == null || !activity.isIntegralNumber() || !activity.canConvertToLong()) {
            throw new InvalidInputException("activity", ContentRules.INVALID);
        }
        long collectionId = collections.collect(identity.accountId(), activity.longValue());
        return MpAnswers.Collected.of("Collection activity", collectionId);
    }

    /** {@code pk} is the caller's collection id (what lists answer as {@code collection_id}). */
    @DeleteMapping("/mp/activity/action/collectdel/{pk}")
    @PreAuthorize("@access.account()")
    MpAnswers.Done uncollect(SuiteIdentity identity, @PathVariable long pk) {
        collections.uncollect(identity.accountId(), pk);
        return MpAnswers.done("Collection activity");
    }

    @GetMapping("/mp/activitycollections")
    @PreAuthorize("@access.account()")
    PageNumberPage<MpActivityView> collected(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        MpActivityQueries.Slice slice = collections.collectedBy(identity.accountId(), request.page(), request.size());
        Map<Long, Long> ids = collections.collectionIds(identity.accountId(),
                slice.activities().stream().map(a -> a.id()).toList());
        return request.page(slice.total(), slice.activities().stream()
                .map(a -> MpActivityView.of(a, ids.get(a.id()), queries.today())).toList());
    }
}
