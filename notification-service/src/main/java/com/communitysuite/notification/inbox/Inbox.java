package com.communitysuite.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.notification.people.People;
import com.communitysuite.notification.push.PushMessages;

/**
 * The users' inboxes: every message stored here is also pushed to the recipient's devices, and an interactive one is
 * neither stored nor pushed when the recipient blocked its sender.
 */
@Service
public class Inbox {

    private final InboxMessageRepository messages;
    private final People people;
    private final PushMessages push;
    private final Clock clock;

    Inbox(InboxMessageRepository messages, People people, PushMessages push, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.push = push;
        this.clock = clock;
    }

    /** @return whether the message was delivered (false: the receiver blocked its sender) */
    @Transactional
    public boolean deliver(Notice notice) {
        if (notice.origin() == Notice.Origin.INTERACTIVE
                && people.hasBlocked(notice.recipientAccountId(), notice.originAccountId())) {
            return false;
        }
        messages.save(new InboxMessage(notice, clock.instant()));
        push.enqueue(notice.recipientAccountId(), notice.title(), notice.content(), notice.url(), notice.origin());
        return true;
    }

    /**
     * A page of the caller's messages, newest first, after the message {@code beforeId} (none: the first page).
     * The messages are returned as they were and are marked read, as the original's listing did.
     */
    @Transactional
    public List<InboxMessage> read(long accountId, Long beforeId, int count) {
        List<InboxMessage> page = beforeId == null
                ? messages.findByRecipientAccountIdOrderByIdDesc(accountId, Limit.of(count))
                : messages.findByRecipientAccountIdAndIdLessThanOrderByIdDesc(accountId, beforeId, Limit.of(count));
        List<Long> unread = page.stream().filter(InboxMessage::unread).map(InboxMessage::id).toList();
        if (!unread.isEmpty()) {
            messages.markRead(unread);
        }
        return page;
    }

    @Transactional(readOnly = true)
    public long unreadTotal(long accountId) {
        return messages.countByRecipientAccountIdAndUnreadTrue(accountId);
    }

    @Transactional
    public void erase(long accountId) {
        messages.deleteAllOf(accountId);
    }
}
