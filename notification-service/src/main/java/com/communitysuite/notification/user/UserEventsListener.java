package com.communitysuite.notification.user;

import static com.communitysuite.notification.support.EventData.required;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.inbox.AppNotices;
import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.people.People;
import com.communitysuite.notification.support.EventData;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/** user-service's events: display names, blocks, and the card message for its receiver. */
@Component
class UserEventsListener {

    static final String CONSUMER = "notification-service.user-events";

    private final IdempotentConsumer consumer;
    private final People people;
    private final Inbox inbox;

    UserEventsListener(IdempotentConsumer consumer, People people, Inbox inbox) {
        this.consumer = consumer;
        this.people = people;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "user-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "user.profile-changed" -> {
                ProfileChanged profile = EventData.decode(event, ProfileChanged.class);
                people.profileChanged(profile.accountId(), profile.uid(), profile.nickname());
            }
            case "user.blocked" -> {
                Block block = EventData.decode(event, Block.class);
                people.blocked(block.accountId(), block.blockedAccountId());
            }
            case "user.unblocked" -> {
                Block block = EventData.decode(event, Block.class);
                people.unblocked(block.accountId(), block.blockedAccountId());
            }
            case "card.sent" -> {
                CardSent card = EventData.decode(event, CardSent.class);
                String nickname = card.fromNickname() != null && !card.fromNickname().isBlank() ? card.fromNickname()
                        : people.nickname(card.fromAccountId()).orElse(null);
                inbox.deliver(AppNotices.card(card.toAccountId(), card.fromAccountId(), card.fromUid(), nickname));
            }
            default -> {
            }
        }
    }

    record ProfileChanged(Long accountId, String uid, String nickname) {

        ProfileChanged {
            required(accountId, "accountId");
            required(uid, "uid");
            required(nickname, "nickname");
        }
    }

    /** user.blocked and user.unblocked: {@code accountId} blocked (or unblocked) {@code blockedAccountId}. */
    record Block(Long accountId, Long blockedAccountId) {

        Block {
            required(accountId, "accountId");
            required(blockedAccountId, "blockedAccountId");
        }
    }

    record CardSent(Long fromAccountId, String fromUid, String fromNickname, Long toAccountId) {

        CardSent {
            required(fromAccountId, "fromAccountId");
            required(fromUid, "fromUid");
            required(toAccountId, "toAccountId");
        }
    }
}
