package com.communitysuite.meeting.meeting;

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

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.platform.web.mvc.MpApi;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/**
 * mp section 二 (meetings): booking, cancelling, the public detail and list, collections and the caller's own
 * meetings. {@code access} in the answers to changes is written by the gateway.
 */
@MpApi
class MpMeetingController {

    private final Meetings meetings;
    private final MeetingQueries queries;
    private final MeetingCollections collections;

    MpMeetingController(Meetings meetings, MeetingQueries queries, MeetingCollections collections) {
        this.meetings = meetings;
        this.queries = queries;
        this.collections = collections;
    }

    /** Maintainers (level 2) of the meeting's group or city, and meeting admins (level 3). */
    @PostMapping("/mp/meetings")
    @PreAuthorize("@access.levelAtLeast('level', 2)")
    Booked book(SuiteIdentity identity, @RequestBody JsonNode body) {
        long id = meetings.book(caller(identity), body);
        return new Booked(200, "Created successfully", "success", id);
    }

    /** The document's DELETE, and the MindSpore original's PUT; {@code mid} is the meeting code. */
    @DeleteMapping("/mp/meeting/{mid}")
    @PreAuthorize("@access.levelAtLeast('level', 2)")
    Cancelled cancel(SuiteIdentity identity, @PathVariable String mid) {
        meetings.cancel(caller(identity), mid);
        return new Cancelled(200, "Delete successfully.", "success");
    }

    @PutMapping("/mp/meeting/{mid}")
    @PreAuthorize("@access.levelAtLeast('level', 2)")
    Cancelled cancelAsTheOriginal(SuiteIdentity identity, @PathVariable String mid) {
        return cancel(identity, mid);
    }

    @GetMapping("/mp/meetings/{pk}")
    MeetingView meeting(SuiteIdentity identity, @PathVariable long pk) {
        Meeting meeting = queries.live(pk).orElseThrow(() -> new NotFoundException("meeting.not-found", "Not found."));
        return MeetingView.of(meeting, collections.collectionIds(identity.accountId(), List.of(pk)).get(pk));
    }

    @GetMapping("/mp/meetingslist")
    PageNumberPage<MeetingView> list(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search,
            @RequestParam(required = false) String type, @RequestParam(required = false) String range) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        MeetingQueries.Kind kind = type == null || type.isBlank() ? null : MeetingQueries.Kind.of(type)
                .orElseThrow(() -> new InvalidInputException("type", MeetingTexts.INVALID));
        MeetingQueries.Range within = range == null || range.isBlank() ? null : MeetingQueries.Range.of(range)
                .orElseThrow(() -> new InvalidInputException("range", MeetingTexts.INVALID));
        return page(identity, request, queries.list(search, kind, within, request.page(), request.size()));
    }

    @PostMapping("/mp/collect")
    @PreAuthorize("@access.account()")
    Collected collect(SuiteIdentity identity, @RequestBody JsonNode body) {
        JsonNode meeting = body.isObject() ? body.get("meeting") : null;
        if (meeting == null || !meeting.isIntegralNumber() || !meeting.canConvertToLong()) {
            throw new InvalidInputException("meeting", MeetingTexts.INVALID);
        }
        long collectionId = collections.collect(identity.accountId(), meeting.longValue());
        return new Collected(200, "collect successfully", collectionId);
    }

    /** {@code pk} is the caller's collection id. */
    @DeleteMapping("/mp/collect/{pk}")
    @PreAuthorize("@access.account()")
    Uncollected uncollect(SuiteIdentity identity, @PathVariable long pk) {
        collections.uncollect(identity.accountId(), pk);
        return new Uncollected(200, "collect successfully");
    }

    @GetMapping("/mp/collections")
    @PreAuthorize("@access.account()")
    PageNumberPage<MeetingView> collected(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        return page(identity, request, queries.collectedBy(identity.accountId(), request.page(), request.size()));
    }

    /** The caller's own meetings; a meeting admin sees every one. */
    @GetMapping("/mp/mymeetings")
    @PreAuthorize("@access.account()")
    PageNumberPage<MeetingView> mine(SuiteIdentity identity, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        PageNumberRequest request = PageNumberRequest.of(page, size);
        boolean admin = caller(identity).level() >= Meetings.MEETING_ADMIN;
        return page(identity, request, queries.bookedBy(identity.accountId(), admin, request.page(),
                request.size()));
    }

    private PageNumberPage<MeetingView> page(SuiteIdentity identity, PageNumberRequest request,
            MeetingQueries.Slice slice) {
        Map<Long, Long> ids = collections.collectionIds(identity.accountId(),
                slice.meetings().stream().map(Meeting::id).toList());
        return request.page(slice.total(), slice.meetings().stream().map(m -> MeetingView.of(m, ids.get(m.id())))
                .toList());
    }

    private static Meetings.Caller caller(SuiteIdentity identity) {
        return new Meetings.Caller(identity.accountId(), identity.levels().getOrDefault("level", 1));
    }

    /** The original's answers to a booking, a cancellation and a (un)collection: not the mp envelope's data. */
    record Booked(int code, String message, String msg, long id) {
    }

    record Cancelled(int code, String message, String msg) {
    }

    record Collected(int code, String msg, @JsonProperty("collection_id") long collectionId) {
    }

    record Uncollected(int code, String msg) {
    }
}
