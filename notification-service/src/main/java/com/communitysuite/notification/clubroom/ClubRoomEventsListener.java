package com.communitysuite.notification.clubroom;

import java.time.Clock;
import java.time.Instant;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.inbox.AppNotices;
import com.communitysuite.notification.inbox.CampusNotices;
import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.people.People;
import com.communitysuite.notification.reminder.ReminderProperties;
import com.communitysuite.notification.reminder.Reminders;
import com.communitysuite.notification.support.EventData;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/**
 * club-room-service's events: room invites, scheduled events (guests told when one is created, reminders before
 * it, subscribers told when it starts), and the campus organization notifications (application results, new
 * owners, managers added and removed).
 */
@Component
class ClubRoomEventsListener {

    static final String CONSUMER = "notification-service.club-room-events";

    private final IdempotentConsumer consumer;
    private final Inbox inbox;
    private final People people;
    private final ScheduledEvents events;
    private final CampusBlocks blocks;
    private final Reminders reminders;
    private final ReminderProperties reminderProperties;
    private final Clock clock;

    ClubRoomEventsListener(IdempotentConsumer consumer, Inbox inbox, People people, ScheduledEvents events,
            CampusBlocks blocks, Reminders reminders, ReminderProperties reminderProperties, Clock clock) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.people = people;
        this.events = events;
        this.blocks = blocks;
        this.reminders = reminders;
        this.reminderProperties = reminderProperties;
        this.clock = clock;
    }

    @KafkaListener(topics = "club-room-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "room.invited" -> roomInvited(EventData.decode(event, ClubRoomEvents.RoomInvited.class));
            case "event.saved" -> eventSaved(EventData.decode(event, ClubRoomEvents.EventSaved.class));
            case "event.subscribed" -> eventSubscribed(EventData.decode(event, ClubRoomEvents.EventSubscribed.class));
            case "event.deleted" -> {
                ClubRoomEvents.EventDeleted deleted = EventData.decode(event, ClubRoomEvents.EventDeleted.class);
                reminders.cancel(Reminders.EVENT, deleted.eventId());
                events.deleted(deleted.eventId());
            }
            case "event.started" -> eventStarted(EventData.decode(event, ClubRoomEvents.EventStarted.class));
            case "organization-application.verified" -> {
                ClubRoomEvents.ApplicationVerified verified = EventData.decode(event,
                        ClubRoomEvents.ApplicationVerified.class);
                inbox.deliver(CampusNotices.orgApplyResult(verified.applicantAccountId(), verified.name(),
                        verified.approved(), verified.organizationId()));
            }
            case "club.owner-changed" -> {
                ClubRoomEvents.OwnerChanged changed = EventData.decode(event, ClubRoomEvents.OwnerChanged.class);
                inbox.deliver(CampusNotices.becomeOwner(changed.ownerAccountId(), changed.organizationId(),
                        changed.name()));
            }
            case "club.manager-changed" -> {
                ClubRoomEvents.ManagerChanged changed = EventData.decode(event, ClubRoomEvents.ManagerChanged.class);
                inbox.deliver(changed.manager()
                        ? CampusNotices.becomeAdmin(changed.accountId(), changed.organizationId(), changed.name())
                        : CampusNotices.removalFromAdmin(changed.accountId(), changed.organizationId(),
                                changed.name()));
            }
            case "block.saved" -> {
                ClubRoomEvents.Block block = EventData.decode(event, ClubRoomEvents.Block.class);
                blocks.saved(block.blockId(), EventData.required(block.name(), "name"));
            }
            case "block.deleted" -> blocks.deleted(EventData.decode(event, ClubRoomEvents.Block.class).blockId());
            default -> {
            }
        }
    }

    private void roomInvited(ClubRoomEvents.RoomInvited invite) {
        String nickname = invite.inviterNickname() != null && !invite.inviterNickname().isBlank()
                ? invite.inviterNickname() : people.nickname(invite.inviterAccountId()).orElse(null);
        inbox.deliver(AppNotices.roomInvite(invite.inviteeAccountId(), invite.inviterAccountId(), invite.inviterUid(),
                nickname, invite.roomId(), invite.roomName()));
    }

    private void eventSaved(ClubRoomEvents.EventSaved saved) {
        if (!events.saved(saved)) {
            return;
        }
        if (events.find(saved.eventId()).map(event -> !event.started()).orElse(true)) {
            scheduleReminder(saved.eventId(), saved.time());
        }
        // The original told the guests when the event was created, not when it was edited.
        if (saved.version() == 1 && saved.creatorAccountId() != null) {
            long creator = saved.creatorAccountId();
            String nickname = people.nickname(creator).orElse(null);
            String uid = people.uid(creator).orElse(null);
            saved.memberAccountIds().stream().distinct().filter(member -> member != creator)
                    .forEach(member -> inbox.deliver(AppNotices.eventGuest(member, creator, uid, nickname,
                            saved.eventId(), saved.name())));
        }
    }

    private void eventSubscribed(ClubRoomEvents.EventSubscribed subscription) {
        if (events.subscribed(subscription)) {
            scheduleReminder(subscription.eventId(), subscription.time());
        }
    }

    private void eventStarted(ClubRoomEvents.EventStarted started) {
        reminders.cancel(Reminders.EVENT, started.eventId());
        events.started(started.eventId());
        started.subscriberAccountIds().stream().distinct().forEach(subscriber -> inbox.deliver(
                AppNotices.eventStarted(subscriber, started.name(), started.roomId())));
    }

    private void scheduleReminder(String eventId, Instant time) {
        ReminderProperties.dueAt(time, reminderProperties.eventLead(), clock.instant()).ifPresentOrElse(
                due -> reminders.schedule(Reminders.EVENT, eventId, due),
                () -> reminders.cancel(Reminders.EVENT, eventId));
    }
}
