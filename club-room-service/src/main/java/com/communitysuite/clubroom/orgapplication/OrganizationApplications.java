package com.communitysuite.clubroom.orgapplication;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.block.Blocks;
import com.communitysuite.clubroom.club.ClubDetails;
import com.communitysuite.clubroom.club.Clubs;
import com.communitysuite.clubroom.club.Clubs.OrganizationDraft;
import com.communitysuite.clubroom.events.OrganizationApplicationVerified;
import com.communitysuite.clubroom.people.AccountErased;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Applications to create an organization: submitted by a user, read and withdrawn by them, decided by a super user.
 * Approving one creates the organization with the applicant as its owner and manager.
 */
@Service
public class OrganizationApplications {

    static final String ORGANIZATION_EXISTS = "已经存在该名称的组织。";
    static final String APPLICATION_PENDING = "已经存在该名称组织的申请。";
    static final String NO_SUCH_OBJECT = "无效主键 “%s” - 对象不存在。";

    private final OrganizationApplicationRepository applications;
    private final Clubs clubs;
    private final Blocks blocks;
    private final KnownUsers users;
    private final DomainEvents events;
    private final Clock clock;

    OrganizationApplications(OrganizationApplicationRepository applications, Clubs clubs, Blocks blocks,
            KnownUsers users, DomainEvents events, Clock clock) {
        this.applications = applications;
        this.clubs = clubs;
        this.blocks = blocks;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** An application with the applicant and the block as campus shows them. */
    public record ApplicationDetails(OrganizationApplication application, UserSummary applicant, Block block) {
    }

    /**
     * Submitted by the user themself (or a super user for them); the name must be free among organizations and
     * pending applications.
     */
    @Transactional
    public OrganizationApplication submit(Caller caller, String name, String description, long applicantAccountId,
            long blockId) {
        caller.requireSelfOrSuperUser(applicantAccountId);
        if (caller.is(applicantAccountId)) {
            users.noteCaller(caller);
        }
        if (users.find(applicantAccountId).isEmpty()) {
            throw new InvalidInputException("organization-application.user-unknown", "user",
                    NO_SUCH_OBJECT.formatted(applicantAccountId));
        }
        if (blocks.find(blockId).isEmpty()) {
            throw new InvalidInputException("organization-application.block-unknown", "block",
                    NO_SUCH_OBJECT.formatted(blockId));
        }
        if (clubs.organizationNamed(name)) {
            throw new InvalidInputException("organization-application.organization-exists", "name",
                    ORGANIZATION_EXISTS);
        }
        if (applications.existsByNameAndStatus(name, OrganizationApplication.PENDING)) {
            throw pending();
        }
        try {
            return applications.saveAndFlush(new OrganizationApplication(name, description, applicantAccountId,
                    blockId, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw pending();
        }
    }

    /** The user's applications, asked by the user themself or a super user. */
    @Transactional(readOnly = true)
    public List<ApplicationDetails> of(Caller caller, long applicantAccountId) {
        caller.requireSelfOrSuperUser(applicantAccountId);
        return detailed(applications.findByApplicantAccountIdOrderById(applicantAccountId));
    }

    /** Every application (super users, checked by the caller's role). */
    @Transactional(readOnly = true)
    public List<ApplicationDetails> all() {
        return detailed(applications.findAllByOrderById());
    }

    /** One application, for its applicant or a super user. */
    @Transactional(readOnly = true)
    public ApplicationDetails get(Caller caller, long id) {
        OrganizationApplication application = applications.findById(id).orElseThrow(OrganizationApplications::notFound);
        requireApplicantOrSuperUser(caller, application);
        return detailed(List.of(application)).get(0);
    }

    /** Withdrawn by the applicant or removed by a super user. */
    @Transactional
    public void delete(Caller caller, long id) {
        OrganizationApplication application = applications.lockById(id).orElseThrow(OrganizationApplications::notFound);
        requireApplicantOrSuperUser(caller, application);
        applications.delete(application);
    }

    /**
     * A super user's decision (checked by the caller's role): approving creates the organization, owned and managed by
     * the applicant (a name taken meanwhile refuses it and leaves the application pending); the applicant is told.
     *
     * @return the organization created, when approved
     */
    @Transactional
    public Decision verify(Caller caller, long id, boolean approve) {
        OrganizationApplication application = applications.lockById(id).orElseThrow(OrganizationApplications::notFound);
        application.requirePending();
        Long organizationId = null;
        if (approve) {
            ClubDetails organization = clubs.createOrganization(caller, new OrganizationDraft(application.name(),
                    null, null, application.blockId(), application.applicantAccountId()));
            organizationId = organization.club().id();
            application.approve(organizationId);
        }
        else {
            application.reject();
        }
        events.publish(new OrganizationApplicationVerified(application.id(), application.name(),
                application.applicantAccountId(), approve, organizationId, caller.uid()));
        return new Decision(application.status(), organizationId);
    }

    public record Decision(int status, Long organizationId) {
    }

    /** A user who logged off leaves no applications behind. */
    @EventListener
    void on(AccountErased erased) {
        applications.deleteByApplicant(erased.accountId());
    }

    private List<ApplicationDetails> detailed(List<OrganizationApplication> list) {
        Map<Long, UserSummary> applicants = users.byAccountIds(list.stream()
                .map(OrganizationApplication::applicantAccountId).distinct().toList());
        Map<Long, Block> blocksById = blocks.byIds(list.stream().map(OrganizationApplication::blockId).distinct()
                .toList());
        return list.stream().map(a -> new ApplicationDetails(a, applicants.getOrDefault(a.applicantAccountId(),
                new UserSummary(a.applicantAccountId(), null, null, null, null, null)), blocksById.get(a.blockId())))
                .toList();
    }

    private static void requireApplicantOrSuperUser(Caller caller, OrganizationApplication application) {
        if (!caller.superUser() && !application.isFrom(caller.accountId())) {
            throw new NotAllowedException("organization-application.not-allowed", Caller.NOT_ALLOWED);
        }
    }

    private static InvalidInputException pending() {
        return new InvalidInputException("organization-application.pending", "name", APPLICATION_PENDING);
    }

    static NotFoundException notFound() {
        return new NotFoundException("organization-application.not-found", Clubs.NOT_FOUND);
    }
}
