package com.communitysuite.notification.activity;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.clubroom.CampusBlocks;
import com.communitysuite.notification.inbox.AppNotices;
import com.communitysuite.notification.inbox.CampusNotices;
import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.people.People;
import com.communitysuite.notification.support.EventData;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/**
 * activity-service's events: the mp review results for the owner, the campus notifications for participants
 * (content changed, cancelled, removed) and owners (commented), and application decisions for applicants.
 */
@Component
class ActivityEventsListener {

    static final String CONSUMER = "notification-service.activity-events";
    /** Said of a commenter whose name this service does not know. */
    static final String UNKNOWN_USER = "某用户";

    private final IdempotentConsumer consumer;
    private final Inbox inbox;
    private final People people;
    private final CampusBlocks blocks;

    ActivityEventsListener(IdempotentConsumer consumer, Inbox inbox, People people, CampusBlocks blocks) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.people = people;
        this.blocks = blocks;
    }

    @KafkaListener(topics = "activity-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "activity.approved" -> {
                ActivityEvents.Reviewed reviewed = EventData.decode(event, ActivityEvents.Reviewed.class);
                inbox.deliver(AppNotices.activityApproved(reviewed.ownerAccountId(), reviewed.activityId(),
                        reviewed.title()));
            }
            case "activity.denied" -> {
                ActivityEvents.Reviewed reviewed = EventData.decode(event, ActivityEvents.Reviewed.class);
                inbox.deliver(AppNotices.activityDenied(reviewed.ownerAccountId(), reviewed.activityId(),
                        reviewed.title()));
            }
            case "activity.content-changed" -> {
                ActivityEvents.ForParticipants changed = EventData.decode(event, ActivityEvents.ForParticipants.class);
                changed.participantAccountIds().stream().distinct().forEach(participant -> inbox.deliver(
                        CampusNotices.actContent(participant, changed.activityId(), changed.title())));
            }
            case "activity.deleted" -> {
                ActivityEvents.ForParticipants deleted = EventData.decode(event, ActivityEvents.ForParticipants.class);
                deleted.participantAccountIds().stream().distinct().forEach(participant -> inbox.deliver(
                        CampusNotices.actCancel(participant, deleted.title())));
            }
            case "participant.left" -> {
                ActivityEvents.ParticipantLeft left = EventData.decode(event, ActivityEvents.ParticipantLeft.class);
                // Only a removal by someone else is news to the person; leaving on one's own is not.
                if (left.removedByAccountId() != null && !left.removedByAccountId().equals(left.accountId())) {
                    inbox.deliver(CampusNotices.removalFromAct(left.accountId(), left.activityId(), left.title()));
                }
            }
            case "participant.application-decided" -> {
                ActivityEvents.ApplicationDecided decided = EventData.decode(event,
                        ActivityEvents.ApplicationDecided.class);
                inbox.deliver(AppNotices.applicationDecided(decided.accountId(), decided.activityId(),
                        decided.title(), decided.approved()));
            }
            case "comment.saved" -> commentSaved(EventData.decode(event, ActivityEvents.CommentSaved.class));
            default -> {
            }
        }
    }

    private void commentSaved(ActivityEvents.CommentSaved comment) {
        String author = people.nickname(comment.authorAccountId()).orElse(UNKNOWN_USER);
        if (comment.created()) {
            if (!blocks.isBoya(comment.blockId())) {
                inbox.deliver(CampusNotices.actCommented(comment.ownerAccountId(), comment.activityId(), author,
                        comment.activityTitle(), comment.content()));
            }
        }
        else {
            inbox.deliver(CampusNotices.actCommentModified(comment.ownerAccountId(), comment.activityId(), author,
                    comment.activityTitle(), comment.content()));
        }
    }
}
