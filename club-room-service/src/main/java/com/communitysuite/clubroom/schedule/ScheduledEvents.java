package com.communitysuite.clubroom.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.events.EventDeleted;
import com.communitysuite.clubroom.events.EventSaved;
import com.communitysuite.clubroom.events.EventStarted;
import com.communitysuite.clubroom.events.EventSubscribed;
import com.communitysuite.clubroom.people.AccountErased;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.room.RoomDetails;
import com.communitysuite.clubroom.room.RoomProperties;
import com.communitysuite.clubroom.room.Rooms;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Scheduled events (日程): every one is public. Its creator edits and deletes it while it is not started; a member
 * (host or guest) starts it within 30 minutes of its time, which opens a public room and tells its subscribers.
 */
@Service
public class ScheduledEvents {

    static final String INVALID = "参数错误";
    static final String NOT_ALLOWED = "权限不足";
    static final String BOUND_EDIT = "无法编辑已绑定活动的日程";
    static final String BOUND_DELETE = "无法删除已绑定活动的日程";
    static final String BOUND_NOTIFY = "无法预约已绑定活动的日程";
    static final String MEMBER_NOTIFY = "嘉宾或者主持人无法预约日程";
    static final String EXPIRED_NOTIFY = "无法预约已过期的日程";
    static final String NOT_YET = "日程时间未开始";
    static final String EXPIRED = "日程时间已过期";
    /** The list shows events from an hour ago on, as the original. */
    static final Duration LIST_FROM = Duration.ofHours(1);

    private final EventStore store;
    private final Rooms rooms;
    private final KnownUsers users;
    private final DomainEvents events;
    private final RoomProperties roomProperties;
    private final Clock clock;

    ScheduledEvents(EventStore store, Rooms rooms, KnownUsers users, DomainEvents events,
            RoomProperties roomProperties, Clock clock) {
        this.store = store;
        this.rooms = rooms;
        this.users = users;
        this.events = events;
        this.roomProperties = roomProperties;
        this.clock = clock;
    }

    /** The text and people of an event, as the caller gave them (validated for form by the surface). */
    public record Draft(String name, String description, Instant eventTime, List<String> memberUids) {

        /** The members in the order given, each once. */
        List<String> members() {
            return List.copyOf(new LinkedHashSet<>(memberUids));
        }
    }

    /** Creates an event; the caller must be among its members ("参数错误" otherwise, as the original). */
    @Transactional
    public EventDetails create(Caller caller, Draft draft) {
        users.noteCaller(caller);
        List<String> members = draft.members();
        if (!members.contains(caller.uid())) {
            throw invalid();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ScheduledEvent event = store.insert(UUID.randomUUID().toString().replace("-", ""), draft.name(),
                draft.description(), draft.eventTime(), caller.accountId(), caller.uid(), members, now);
        announce(event, caller.uid());
        return details(event, caller.accountId(), false);
    }

    /**
     * Its creator rewrites the event (not once started). One not among its members gets 600000, as the original; a
     * member who is not its creator may not; the new members must include the caller.
     */
    @Transactional
    public EventDetails edit(Caller caller, String eventId, Draft draft) {
        ScheduledEvent event = store.lock(eventId).orElseThrow(ScheduledEvents::eventNotFound);
        if (event.started()) {
            throw new ConflictException("event.started", BOUND_EDIT);
        }
        if (!event.hasMember(caller.uid()) && event.creatorAccountId() != caller.accountId()) {
            throw eventNotFound();
        }
        if (event.creatorAccountId() != caller.accountId()) {
            throw notAllowed();
        }
        List<String> members = draft.members();
        if (!members.contains(caller.uid())) {
            throw invalid();
        }
        store.update(event.id(), draft.name(), draft.description(), draft.eventTime(), caller.uid(), members);
        ScheduledEvent edited = store.find(eventId).orElseThrow();
        announce(edited, caller.uid());
        return details(edited, caller.accountId(), false);
    }

    /** Its creator deletes the event (not once started; the original let anyone delete any event). */
    @Transactional
    public void delete(Caller caller, String eventId) {
        ScheduledEvent event = store.lock(eventId).orElseThrow(ScheduledEvents::eventNotFound);
        if (event.creatorAccountId() != caller.accountId()) {
            throw notAllowed();
        }
        if (event.started()) {
            throw new ConflictException("event.started", BOUND_DELETE);
        }
        store.delete(event.id());
        events.publish(new EventDeleted(event.eventId(), event.name(), caller.uid()));
    }

    /** @param viewer the account whose subscription {@code notify} tells, or null (the H5 page, with members) */
    @Transactional(readOnly = true)
    public EventDetails event(String eventId, Long viewer) {
        ScheduledEvent event = store.find(eventId).orElseThrow(ScheduledEvents::eventNotFound);
        return details(event, viewer, viewer == null);
    }

    /** A page of the events from an hour ago on, soonest first. */
    @Transactional(readOnly = true)
    public List<EventEntry> upcoming(Caller caller, String lastId, int count) {
        List<ScheduledEvent> page;
        Instant from = clock.instant().minus(LIST_FROM);
        if (lastId == null) {
            page = store.upcoming(from, null, null, count);
        }
        else {
            EventCursor after = EventCursor.parse(lastId);
            page = store.upcoming(from, after.time(), after.eventId(), count);
        }
        Set<Long> subscribed = store.subscribedAmong(caller.accountId(), page.stream().map(ScheduledEvent::id)
                .toList());
        Instant now = clock.instant();
        Map<String, RoomDetails> roomsById = rooms.detailsByRoomId(page.stream().map(ScheduledEvent::roomId)
                .filter(id -> id != null).toList(), caller.accountId());
        List<EventEntry> entries = new ArrayList<>();
        for (ScheduledEvent event : page) {
            RoomDetails room = event.started() ? roomsById.get(event.roomId()) : null;
            entries.add(new EventEntry(new EventDetails(event, EventWindow.of(event.eventTime(), now),
                    subscribed.contains(event.id()), room, null), EventCursor.of(event.eventTime(), event.eventId())));
        }
        return entries;
    }

    public record EventEntry(EventDetails event, String sequenceId) {
    }

    /** The caller asks to be told when the event starts: not its members, not once started or past; idempotent. */
    @Transactional
    public void subscribe(Caller caller, String eventId) {
        users.noteCaller(caller);
        ScheduledEvent event = store.lock(eventId).orElseThrow(ScheduledEvents::eventNotFound);
        if (event.hasMember(caller.uid())) {
            throw new ConflictException("event.member", MEMBER_NOTIFY);
        }
        if (event.started()) {
            throw new ConflictException("event.started", BOUND_NOTIFY);
        }
        if (EventWindow.of(event.eventTime(), clock.instant()) == EventWindow.AFTER) {
            throw new ConflictException("event.expired", EXPIRED_NOTIFY);
        }
        if (store.subscribe(event.id(), caller.accountId(), caller.uid(), clock.instant())) {
            events.publish(new EventSubscribed(event.eventId(), event.name(), event.eventTime().toEpochMilli(),
                    caller.accountId(), caller.uid()));
        }
    }

    /**
     * A member starts the event within its window: a public room named after it opens, with the starter as its
     * creator, and its subscribers are told. Started already: the event as it is.
     */
    @Transactional
    public EventDetails start(Caller caller, String eventId) {
        ScheduledEvent event = store.lock(eventId).orElseThrow(ScheduledEvents::eventNotFound);
        if (!event.hasMember(caller.uid())) {
            throw notAllowed();
        }
        if (event.started()) {
            return details(event, caller.accountId(), false);
        }
        EventWindow window = EventWindow.of(event.eventTime(), clock.instant());
        if (window != EventWindow.WITHIN) {
            throw new ConflictException("event.outside-window", window == EventWindow.BEFORE ? NOT_YET : EXPIRED);
        }
        RoomDetails room = rooms.create(caller, event.name(), null, false);
        store.bind(event.id(), room.room().roomId());
        events.publish(new EventStarted(event.eventId(), event.name(), room.room().roomId(), caller.accountId(),
                store.subscribers(event.id()), caller.uid()));
        ScheduledEvent started = store.find(eventId).orElseThrow();
        return new EventDetails(started, window, false, room, null);
    }

    /** An account logged off: its subscriptions go (the events it created stay for their other members). */
    @EventListener
    void on(AccountErased erased) {
        store.eraseSubscriptions(erased.accountId());
    }

    private void announce(ScheduledEvent event, String actorUid) {
        Map<String, UserSummary> members = users.byUids(event.memberUids());
        List<Long> accountIds = event.memberUids().stream().filter(members::containsKey)
                .map(uid -> members.get(uid).accountId()).toList();
        events.publish(new EventSaved(event.eventId(), event.name(), event.eventTime().toEpochMilli(),
                event.creatorAccountId(), accountIds, event.version(), actorUid));
    }

    private EventDetails details(ScheduledEvent event, Long viewer, boolean withMembers) {
        boolean notify = viewer != null
                && store.subscribedAmong(viewer, List.of(event.id())).contains(event.id());
        List<EventDetails.Member> members = null;
        if (withMembers) {
            Map<String, UserSummary> known = users.byUids(event.memberUids());
            members = event.memberUids().stream().filter(known::containsKey)
                    .map(uid -> new EventDetails.Member(known.get(uid), roomProperties.allowsLive(uid))).toList();
        }
        return new EventDetails(event, EventWindow.of(event.eventTime(), clock.instant()), notify,
                event.started() ? startedRoom(event, viewer) : null, members);
    }

    private RoomDetails startedRoom(ScheduledEvent event, Long viewer) {
        return rooms.details(event.roomId(), viewer);
    }

    static NotFoundException eventNotFound() {
        return new NotFoundException("event.not-found", "日程不存在");
    }

    private static ConflictException invalid() {
        return new ConflictException("event.invalid", INVALID);
    }

    private static NotAllowedException notAllowed() {
        return new NotAllowedException("event.not-allowed", NOT_ALLOWED);
    }
}
