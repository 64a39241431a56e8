package com.communitysuite.clubroom.club;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import com.communitysuite.clubroom.campus.CampusTexts;
import com.communitysuite.clubroom.club.Clubs.OrganizationDraft;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/** Campus organizations: created by super users, read by anyone, edited by managers, handed on by their owner. */
@CampusApi
class CampusOrganizationController {

    private final Clubs clubs;
    private final ClubMemberships memberships;

    CampusOrganizationController(Clubs clubs, ClubMemberships memberships) {
        this.clubs = clubs;
        this.memberships = memberships;
    }

    record CreateRequest(
            @NotNull(message = CampusTexts.REQUIRED) @Pattern(regexp = CampusTexts.NOT_BLANK,
                    message = CampusTexts.BLANK) @Size(max = 50, message = CampusTexts.MAX_50) String name,
            @Size(max = 500, message = CampusTexts.MAX_500) String description,
            @Size(max = 500, message = CampusTexts.MAX_500) String avatar,
            @NotNull(message = CampusTexts.REQUIRED) Long owner,
            @NotNull(message = CampusTexts.REQUIRED) Long block) {
    }

    record EditRequest(
            @NotNull(message = CampusTexts.REQUIRED) @Pattern(regexp = CampusTexts.NOT_BLANK,
                    message = CampusTexts.BLANK) @Size(max = 50, message = CampusTexts.MAX_50) String name,
            @Size(max = 500, message = CampusTexts.MAX_500) String description,
            @Size(max = 500, message = CampusTexts.MAX_500) String avatar) {
    }

    record OwnerRequest(@NotNull(message = CampusTexts.REQUIRED) Long owner) {
    }

    record RelationRequest(@NotNull(message = CampusTexts.REQUIRED) Long user,
            @NotNull(message = CampusTexts.REQUIRED) Long org) {
    }

    record RelationView(boolean isFollower, boolean isOwner, boolean isManager) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/organizations")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<OrganizationView.Flat> create(@Valid @RequestBody CreateRequest request, SuiteIdentity identity) {
        ClubDetails created = clubs.createOrganization(Caller.of(identity), new OrganizationDraft(
                request.name().strip(), request.description(), request.avatar(), request.block(), request.owner()));
        return ResponseEntity.status(HttpStatus.CREATED).body(OrganizationView.Flat.of(created));
    }

    @GetMapping("/campus/organizations")
    @PreAuthorize("@access.account()")
    @CampusList(OrganizationView.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answer(limit, offset, clubs.organizations(), OrganizationView::of);
    }

    @GetMapping("/campus/organizations/{id:\\d+}")
    @PreAuthorize("@access.account()")
    OrganizationView one(@PathVariable long id) {
        return OrganizationView.of(clubs.organization(id));
    }

    @GetMapping("/campus/blocks/organizations/{blockId:\\d+}")
    @PreAuthorize("@access.account()")
    @CampusList(OrganizationView.class)
    Object ofBlock(@PathVariable long blockId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        return CampusLists.answer(limit, offset, clubs.organizationsOfBlock(blockId), OrganizationView::of);
    }

    @PutMapping("/campus/organizations/{id:\\d+}")
    @PreAuthorize("@access.account()")
    OrganizationView edit(@PathVariable long id, @Valid @RequestBody EditRequest request, SuiteIdentity identity) {
        return OrganizationView.of(clubs.edit(Caller.of(identity), id, request.name().strip(), request.description(),
                request.avatar()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/organizations/{id:\\d+}")
    @PreAuthorize("@access.account()")
    ResponseEntity<Void> delete(@PathVariable long id, SuiteIdentity identity) {
        clubs.delete(Caller.of(identity), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/campus/organizations/owner/{id:\\d+}")
    @PreAuthorize("@access.account()")
    Map<String, Long> transfer(@PathVariable long id, @Valid @RequestBody OwnerRequest request,
            SuiteIdentity identity) {
        return Map.of("owner", clubs.transfer(Caller.of(identity), id, request.owner()));
    }

    @PostMapping("/campus/userOrgRelation")
    @PreAuthorize("@access.account()")
    RelationView relation(@Valid @RequestBody RelationRequest request, SuiteIdentity identity) {
        ClubMemberships.Relation relation = memberships.relation(Caller.of(identity), request.user(), request.org());
        return new RelationView(relation.follower(), relation.owner(), relation.manager());
    }
}
