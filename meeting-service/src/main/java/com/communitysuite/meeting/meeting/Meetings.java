package com.communitysuite.meeting.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.communitysuite.meeting.MeetingProperties;
import com.communitysuite.meeting.conferencing.BookedMeeting;
import com.communitysuite.meeting.conferencing.MeetingBooking;
import com.communitysuite.meeting.conferencing.MeetingPlatform;
import com.communitysuite.meeting.conferencing.MeetingPlatformException;
import com.communitysuite.meeting.conferencing.MeetingPlatforms;
import com.communitysuite.meeting.events.MeetingCancelled;
import com.communitysuite.meeting.events.MeetingCreated;
import com.communitysuite.meeting.groups.GroupDirectory;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.events.DomainEvents;

import tools.jackson.databind.JsonNode;

/**
 * Booking and cancelling meetings. A booking holds a free host in its transaction (the database's exclusion
 * constraint settles races between bookings), then asks the platform; when the platform refuses, the transaction
 * rolls back and nothing of the meeting remains.
 */
@Service
public class Meetings {

    /** The mp {@code level} of a meeting admin. */
    public static final int MEETING_ADMIN = 3;
    private static final Log log = LogFactory.getLog(Meetings.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CANCEL_NOTICE = Duration.ofHours(1);

    private final MeetingRepository meetings;
    private final GroupDirectory groups;
    private final MeetingPlatforms platforms;
    private final MeetingRules rules;
    private final DomainEvents events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final MeetingProperties properties;
    private final Clock clock;

    Meetings(MeetingRepository meetings, GroupDirectory groups, MeetingPlatforms platforms, DomainEvents events,
            TransactionTemplate transactions, JdbcTemplate jdbc, MeetingProperties properties, Clock clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.platforms = platforms;
        this.rules = new MeetingRules(properties.etherpadPrefix(), platforms.names(), properties.defaultPlatform());
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller who books or cancels: their account and mp {@code level}. */
    public record Caller(long accountId, int level) {

        boolean meetingAdmin() {
            return level >= MEETING_ADMIN;
        }
    }

    /** Books the meeting the body asks for; answers its id. */
    public long book(Caller caller, JsonNode body) {
        MeetingRequest request = rules.check(body, LocalDateTime.ofInstant(clock.instant(), properties.zone()));
        GroupDirectory.Group group = groups.groupNamed(request.groupName())
                .orElseThrow(() -> new InvalidInputException("group_name", MeetingTexts.NO_SUCH_GROUP));
        if (!caller.meetingAdmin() && !mayBookFor(caller.accountId(), group, request)) {
            throw new NotAllowedException("meeting.not-a-member", MeetingTexts.NOT_A_MEMBER);
        }
        MeetingPlatform platform = platforms.named(request.platform())
                .orElseThrow(() -> new InvalidInputException("platform", MeetingTexts.INVALID));
        // Each attempt takes a host that was free when it looked; one taken meanwhile fails the insert, and the
        // next attempt looks again. More attempts than hosts cannot find one.
        for (int attempt = 0; attempt <= platform.hosts().size(); attempt++) {
            try {
                Long id = transactions.execute(status -> bookWithFreeHost(caller, group, request, platform));
                return id;
            }
            catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
                // The exclusion constraint refused the host, or two bookings each waited on the other's host.
                log.debug("a host was taken by another booking meanwhile; looking again");
            }
        }
        throw new ConflictException("meeting.no-free-host", MeetingTexts.TIME_CONFLICT);
    }

    private boolean mayBookFor(long accountId, GroupDirectory.Group group, MeetingRequest request) {
        if (request.meetingType() == MeetingRequest.MSG) {
            return groups.isCityMember(request.city(), accountId) || groups.isGroupMember(group.id(), accountId);
        }
        return groups.isGroupMember(group.id(), accountId);
    }

    private long bookWithFreeHost(Caller caller, GroupDirectory.Group group, MeetingRequest request,
            MeetingPlatform platform) {
        Instant now = clock.instant();
        Meeting meeting = Meeting.holding(caller.accountId(), group.id(), request, "", properties.zone(), now);
        List<String> free = new ArrayList<>(platform.hosts());
        free.removeAll(meetings.busyHosts(platform.name(), meeting.startsAt(),
                meeting.endsAt().plus(Duration.ofMinutes(Meeting.HOST_REST_MINUTES))));
        if (free.isEmpty()) {
            throw new ConflictException("meeting.no-free-host", MeetingTexts.TIME_CONFLICT);
        }
        String host = free.get(RANDOM.nextInt(free.size()));
        meeting = meetings.saveAndFlush(Meeting.holding(caller.accountId(), group.id(), request, host,
                properties.zone(), now));
        BookedMeeting booked;
        try {
            booked = platform.book(host, new MeetingBooking(request.topic(), request.agenda(),
                    meeting.startsAt(), meeting.endsAt(), properties.zone(), request.cloudRecording()));
        }
        catch (MeetingPlatformException e) {
            log.warn("booking on " + platform.name() + " failed: " + e.getMessage());
            throw new ConflictException("meeting.platform-failed", MeetingTexts.CREATE_FAILED);
        }
        cancelOnThePlatformUnlessCommitted(platform, host, booked);
        meeting.booked(booked);
        meetings.flush();
        events.publish(new MeetingCreated(meeting.id(), meeting.topic(), meeting.sponsor(),
                meeting.creatorAccountId(), meeting.groupName(), meeting.meetingType(), meeting.city(),
                meeting.date().toString(), meeting.start(), meeting.end(), meeting.startsAt(), meeting.endsAt(),
                meeting.platform(), meeting.mid(), meeting.joinUrl(), meeting.agenda(), meeting.etherpad(),
                request.emails(), meeting.record()));
        return meeting.id();
    }

    /**
     * The platform has booked; should the booking's transaction not commit after all (the database failing the
     * final write), the platform's meeting would be an orphan nobody sees holding the host's time: cancel it.
     */
    private static void cancelOnThePlatformUnlessCommitted(MeetingPlatform platform, String host,
            BookedMeeting booked) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    return;
                }
                try {
                    platform.cancel(host, booked);
                    log.warn("the booking of " + booked.mid() + " on " + platform.name()
                            + " was not kept; cancelled it on the platform");
                }
                catch (RuntimeException e) {
                    log.error("the booking of " + booked.mid() + " on " + platform.name() + " (host " + host
                            + ") was not kept and could not be cancelled there; cancel it by hand: " + e);
                }
            }
        });
    }

    /**
     * Cancels the live meeting with that meeting code: its creator or a meeting admin, at least an hour before the
     * start. The platform cancels first; the collections end with the meeting, and the event names who to tell.
     */
    public void cancel(Caller caller, String mid) {
        transactions.executeWithoutResult(status -> {
            Meeting meeting = meetings.findLiveByMid(mid).stream().findFirst()
                    .orElseThrow(() -> new ConflictException("meeting.changed", MeetingTexts.CHANGED));
            if (meeting.creatorAccountId() != caller.accountId() && !caller.meetingAdmin()) {
                throw new ConflictException("meeting.not-yours", MeetingTexts.NOT_YOURS);
            }
            if (Duration.between(clock.instant(), meeting.startsAt()).compareTo(CANCEL_NOTICE) < 0) {
                throw new ConflictException("meeting.too-late", MeetingTexts.TOO_LATE_TO_CANCEL);
            }
            MeetingPlatform platform = platforms.named(meeting.platform())
                    .orElseThrow(() -> new ConflictException("meeting.cancel-failed", MeetingTexts.CANCEL_FAILED));
            try {
                platform.cancel(meeting.hostId(), meeting.booking());
            }
            catch (MeetingPlatformException e) {
                log.warn("cancelling on " + platform.name() + " failed: " + e.getMessage());
                throw new ConflictException("meeting.cancel-failed", MeetingTexts.CANCEL_FAILED);
            }
            meeting.cancel(clock.instant());
            List<Long> collectors = jdbc.queryForList("DELETE FROM meeting_collection WHERE meeting_id = ?"
                    + " RETURNING account_id", Long.class, meeting.id());
            events.publish(new MeetingCancelled(meeting.id(), meeting.topic(), meeting.creatorAccountId(),
                    meeting.date().toString(), meeting.start(), meeting.end(), meeting.startsAt(), meeting.endsAt(),
                    meeting.platform(), meeting.mid(), MeetingRules.emails(meeting.emaillist()),
                    collectors.stream().sorted().toList(), caller.accountId()));
        });
    }

    /** The account logged off: its meetings stay, without its sponsor name and invitation list. */
    public void forgetCreator(long accountId) {
        meetings.createdBy(accountId).forEach(Meeting::forgetCreatorsDetails);
    }
}
