package com.communitysuite.activity.campus;

import java.util.List;
import java.util.Map;

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

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.activity.activity.CampusActivities;
import com.communitysuite.activity.activity.CampusWindow;
import com.communitysuite.activity.campus.CampusViews.ActivityFlat;
import com.communitysuite.activity.campus.CampusViews.JoinedEntry;
import com.communitysuite.activity.campus.CampusViews.JoinedFlatEntry;
import com.communitysuite.activity.participant.CampusParticipation;
import com.communitysuite.activity.people.People;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * Joining and leaving campus activities, the joined lists and counts, and (this suite's addition, the original had
 * none) the review of applications to activities with {@code review: true}.
 */
@CampusApi
@PreAuthorize("@access.account()")
class CampusParticipantController {

    private final CampusParticipation participation;
    private final CampusActivities activities;
    private final CampusViews views;
    private final People people;

    CampusParticipantController(CampusParticipation participation, CampusActivities activities, CampusViews views,
            People people) {
        this.participation = participation;
        this.activities = activities;
        this.views = views;
        this.people = people;
    }

    /** A join as the original answered it; {@code underReview} only when it is an application waiting for review. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JoinView(long id, long act, long person, Boolean underReview) {
    }

    record ApplicantEntry(CampusViews.UserView person) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/activities/participants")
    ResponseEntity<JoinView> join(@RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        Long act = fields.id("act", true);
        Long person = fields.id("person", true);
        fields.validate();
        CampusParticipation.Joined joined = participation.join(CampusViews.caller(identity), act, person);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new JoinView(joined.participantId(), act, person, joined.pending() ? Boolean.TRUE : null));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/activities/participants")
    ResponseEntity<Void> leave(@RequestParam(required = false) String person,
            @RequestParam(required = false) String user, @RequestParam(required = false) String act,
            SuiteIdentity identity) {
        long account = CampusLists.requiredId("person", person != null ? person : user);
        participation.leave(CampusViews.caller(identity), CampusLists.requiredId("act", act), account);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({ "/campus/user/joined_acts/{id:\\d+}", "/campus/users/joined_acts/{id:\\d+}" })
    @CampusList(JoinedEntry.class)
    Object joined(@PathVariable long id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset,
                activities.joinedBy(CampusViews.caller(identity), id, CampusWindow.ALL),
                page -> views.details(page).stream().map(JoinedEntry::new).toList());
    }

    @GetMapping({ "/campus/user/joined_acts/{window:unstart|cur|end}/{id:\\d+}",
            "/campus/users/joined_acts/{window:unstart|cur|end}/{id:\\d+}" })
    @CampusList(JoinedFlatEntry.class)
    Object joinedIn(@PathVariable long id, @PathVariable String window, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answerRendered(limit, offset,
                activities.joinedBy(CampusViews.caller(identity), id, CampusWindow.ofSegment(window)),
                page -> page.stream().map(a -> new JoinedFlatEntry(ActivityFlat.of(a))).toList());
    }

    @GetMapping("/campus/activities/joined_numbers/{id:\\d+}")
    Map<String, Integer> joinedNumber(@PathVariable long id) {
        return Map.of("number", participation.count(id));
    }

    @GetMapping("/campus/activities/{id:\\d+}/applications")
    List<ApplicantEntry> applications(@PathVariable long id, SuiteIdentity identity) {
        List<Long> applicants = participation.pendingApplicants(CampusViews.caller(identity), id);
        Map<Long, People.Person> known = people.byIds(applicants);
        return applicants.stream().map(a -> new ApplicantEntry(CampusViews.UserView.of(known.get(a)))).toList();
    }

    @PutMapping("/campus/activities/{id:\\d+}/applications/{userId:\\d+}")
    JoinView decide(@PathVariable long id, @PathVariable long userId, @RequestBody JsonNode body,
            SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        Boolean approved = fields.bool("approved", true, false);
        fields.validate();
        CampusParticipation.Joined decided = participation.decide(CampusViews.caller(identity), id, userId, approved);
        return new JoinView(decided.participantId(), id, userId, null);
    }
}
