package com.communitysuite.activity.campus;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.activity.recommend.Recommender;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/** A campus user's recommended activities and organizations, from the one recommender. */
@CampusApi
@PreAuthorize("@access.account()")
class CampusRecommendationController {

    private final Recommender recommender;
    private final CampusViews views;

    CampusRecommendationController(Recommender recommender, CampusViews views) {
        this.recommender = recommender;
        this.views = views;
    }

    @GetMapping("/campus/recommended/activities/{id:\\d+}")
    @CampusList(CampusViews.ActivityDetail.class)
    Object activities(@PathVariable long id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset, recommender.activitiesFor(identity.accountId(), id),
                page -> views.details(page.stream().map(Recommender.Recommended::activity).toList()));
    }

    @GetMapping("/campus/recommended/organizations/{id:\\d+}")
    @CampusList(CampusViews.OrganizationDetail.class)
    Object organizations(@PathVariable long id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset, recommender.organizationsFor(identity.accountId(), id),
                views::organizations);
    }
}
