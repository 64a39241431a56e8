package com.communitysuite.activity.campus;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.activity.campus.CampusViews.ActivityDetail;
import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.activity.activity.CampusActivities;
import com.communitysuite.activity.activity.CampusActivities.Placement;
import com.communitysuite.activity.activity.CampusActivityContent;
import com.communitysuite.activity.activity.CampusWindow;
import com.communitysuite.activity.campus.CampusViews.ActivityFlat;
import com.communitysuite.activity.campus.CampusViews.ActivityUpdated;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

import tools.jackson.databind.JsonNode;

/** The campus platform's activities: creation, detail, change, deletion and the lists by organization, user, block. */
@CampusApi
@PreAuthorize("@access.account()")
class CampusActivityController {

    private static final String WINDOW = "{window:unstart|cur|end}";

    private final CampusActivities activities;
    private final CampusViews views;

    CampusActivityController(CampusActivities activities, CampusViews views) {
        this.activities = activities;
        this.views = views;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/activities")
    ResponseEntity<ActivityFlat> create(@RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        CampusActivityContent content = content(fields);
        Long owner = fields.id("owner", true);
        Long organization = fields.id("org", false);
        Long block = fields.id("block", true);
        Boolean review = fields.bool("review", false, false);
        fields.validate();
        return ResponseEntity.status(HttpStatus.CREATED).body(ActivityFlat.of(activities.create(
                CampusViews.caller(identity), content, new Placement(owner, organization, block, review))));
    }

    @GetMapping("/campus/activities/{id:\\d+}")
    ActivityDetail get(@PathVariable long id) {
        return views.detail(activities.get(id));
    }

    @GetMapping("/campus/activities")
    @CampusList(ActivityDetail.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, activities.all(), views::details);
    }

    @PutMapping("/campus/activities/{id:\\d+}")
    ActivityUpdated update(@PathVariable long id, @RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        CampusActivityContent content = content(fields);
        fields.validate();
        return ActivityUpdated.of(activities.update(CampusViews.caller(identity), id, content));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/activities/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id, SuiteIdentity identity) {
        activities.delete(CampusViews.caller(identity), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({ "/campus/organizations/activities/{id:\\d+}", "/campus/organizations/activities/" + WINDOW + "/{id:\\d+}" })
    @CampusList(ActivityDetail.class)
    Object ofOrganization(@PathVariable long id, @PathVariable(required = false) String window,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, activities.ofOrganization(id, window(window)), views::details);
    }

    @GetMapping({ "/campus/users/released_activities/{id:\\d+}", "/campus/users/released_activities/" + WINDOW + "/{id:\\d+}" })
    @CampusList(ActivityDetail.class)
    Object releasedBy(@PathVariable long id, @PathVariable(required = false) String window,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
            SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset,
                activities.releasedBy(CampusViews.caller(identity), id, window(window)), views::details);
    }

    @GetMapping({ "/campus/blocks/activities/{id:\\d+}", "/campus/blocks/activities/" + WINDOW + "/{id:\\d+}" })
    @CampusList(ActivityDetail.class)
    Object ofBlock(@PathVariable long id, @PathVariable(required = false) String window,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, activities.ofBlock(id, window(window)), views::details);
    }

    @GetMapping("/campus/users/followed_organizations/activities/{id:\\d+}")
    @CampusList(ActivityDetail.class)
    Object ofFollowedOrganizations(@PathVariable long id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset,
                activities.ofFollowedOrganizations(CampusViews.caller(identity), id), views::details);
    }

    @PostMapping("/campus/userActRelation")
    CampusActivities.Relation relation(@RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        Long user = fields.id("user", true);
        Long act = fields.id("act", true);
        fields.validate();
        return activities.relation(CampusViews.caller(identity), user, act);
    }

    static CampusWindow window(String segment) {
        return segment == null ? CampusWindow.ALL : CampusWindow.ofSegment(segment);
    }

    private static CampusActivityContent content(CampusFields fields) {
        String name = fields.text("name", true, 100);
        Instant begin = fields.time("begin_time", true);
        Instant end = fields.time("end_time", true);
        Integer contain = fields.integer("contain", true, 1);
        String description = fields.text("description", false, 500);
        Long type = fields.id("type", false);
        Long location = fields.id("location", true);
        return fields.valid() ? new CampusActivityContent(name, begin, end, contain, description, type, location)
                : null;
    }
}
