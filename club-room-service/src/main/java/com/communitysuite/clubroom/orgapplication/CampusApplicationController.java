package com.communitysuite.clubroom.orgapplication;

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
import com.communitysuite.clubroom.campus.CampusShapes;
import com.communitysuite.clubroom.campus.CampusShapes.BlockView;
import com.communitysuite.clubroom.campus.CampusShapes.UserView;
import com.communitysuite.clubroom.campus.CampusTexts;
import com.communitysuite.clubroom.orgapplication.OrganizationApplications.ApplicationDetails;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Campus applications to create an organization, and their verification by super users. */
@CampusApi
class CampusApplicationController {

    private final OrganizationApplications applications;

    CampusApplicationController(OrganizationApplications applications) {
        this.applications = applications;
    }

    record SubmitRequest(
            @NotNull(message = CampusTexts.REQUIRED) @Pattern(regexp = CampusTexts.NOT_BLANK,
                    message = CampusTexts.BLANK) @Size(max = 50, message = CampusTexts.MAX_50) String name,
            @NotNull(message = CampusTexts.REQUIRED) @Pattern(regexp = CampusTexts.NOT_BLANK,
                    message = CampusTexts.BLANK) @Size(max = 500, message = CampusTexts.MAX_500) String description,
            @NotNull(message = CampusTexts.REQUIRED) Long user,
            @NotNull(message = CampusTexts.REQUIRED) Long block) {
    }

    /** {@code status} as the original read it: a number or its text; only 1 (approve) and 2 (reject) decide. */
    record VerifyRequest(@NotNull(message = CampusTexts.REQUIRED) String status) {
    }

    /** As the original answered a submission: user and block by id. */
    record SubmittedView(long id, String name, String description, @JsonProperty("pub_time") String pubTime,
            int status, long user, long block) {

        static SubmittedView of(OrganizationApplication a) {
            return new SubmittedView(a.id(), a.name(), a.description(), CampusShapes.time(a.submittedAt()),
                    a.status(), a.applicantAccountId(), a.blockId());
        }
    }

    /** As the original showed an application: user and block nested. */
    record ApplicationView(long id, UserView user, String name, @Schema(nullable = true) String description,
            @JsonProperty("pub_time") String pubTime, int status, @Schema(nullable = true) BlockView block) {

        static ApplicationView of(ApplicationDetails details) {
            OrganizationApplication a = details.application();
            return new ApplicationView(a.id(), UserView.of(details.applicant()), a.name(), a.description(),
                    CampusShapes.time(a.submittedAt()), a.status(), BlockView.of(details.block()));
        }
    }

    /** 202, as the document answers it (the original sent 201). */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/campus/organizations/applications")
    @PreAuthorize("@access.account()")
    ResponseEntity<SubmittedView> submit(@Valid @RequestBody SubmitRequest request, SuiteIdentity identity) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(SubmittedView.of(applications.submit(
                Caller.of(identity), request.name().strip(), request.description().strip(), request.user(),
                request.block())));
    }

    @GetMapping("/campus/users/organizations/applications/{userId:\\d+}")
    @PreAuthorize("@access.account()")
    @CampusList(ApplicationView.class)
    Object ofUser(@PathVariable long userId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answer(limit, offset, applications.of(Caller.of(identity), userId), ApplicationView::of);
    }

    /** Also at the document's misspelt {@code organizaitons/applications/}. */
    @GetMapping({ "/campus/organizations/applications", "/campus/organizaitons/applications" })
    @PreAuthorize("@access.superUser()")
    @CampusList(ApplicationView.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answer(limit, offset, applications.all(), ApplicationView::of);
    }

    @GetMapping("/campus/organizations/applications/{id:\\d+}")
    @PreAuthorize("@access.account()")
    ApplicationView one(@PathVariable long id, SuiteIdentity identity) {
        return ApplicationView.of(applications.get(Caller.of(identity), id));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/organizations/applications/{id:\\d+}")
    @PreAuthorize("@access.account()")
    ResponseEntity<Void> delete(@PathVariable long id, SuiteIdentity identity) {
        applications.delete(Caller.of(identity), id);
        return ResponseEntity.noContent().build();
    }

    /** Approval answers 201, as the original (it creates the organization); a rejection 200. */
    @ApiResponse(responseCode = "201", description = "approved: the organization is created",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "rejected", useReturnTypeSchema = true)
    @PutMapping("/campus/organizations/applications/verifications/{id:\\d+}")
    @PreAuthorize("@access.superUser()")
    ResponseEntity<Map<String, Integer>> verify(@PathVariable long id, @Valid @RequestBody VerifyRequest request,
            SuiteIdentity identity) {
        boolean approve = switch (request.status().strip()) {
            case "1" -> true;
            case "2" -> false;
            default -> throw ApiProblem.badRequest("status", "“%s” 不是合法选项。".formatted(request.status()));
        };
        OrganizationApplications.Decision decision = applications.verify(Caller.of(identity), id, approve);
        return ResponseEntity.status(approve ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("status", decision.status()));
    }
}
