package com.communitysuite.user.card;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.user.block.ListedUser;
import com.communitysuite.user.block.TimeUidCursor;
import com.communitysuite.user.events.CardSent;
import com.communitysuite.user.events.CardWithdrawn;
import com.communitysuite.user.profile.AppProfileView;
import com.communitysuite.user.profile.ProfileViews;
import com.communitysuite.user.profile.UserProfile;
import com.communitysuite.user.profile.UserProfileRepository;

/**
 * Business cards: a user sends their card to another, whose holder then shows it and who may invite the sender to
 * rooms. A card from someone the receiver blocks is kept hidden and announced to nobody, as the original did.
 */
@Service
public class CardService {

    private final JdbcTemplate jdbc;
    private final UserProfileRepository profiles;
    private final ProfileViews views;
    private final DomainEvents events;
    private final Clock clock;

    CardService(JdbcTemplate jdbc, UserProfileRepository profiles, ProfileViews views, DomainEvents events,
            Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** The caller sends their card to {@code uid}. */
    @Transactional
    public void send(SuiteIdentity caller, String uid) {
        UserProfile me = me(caller);
        UserProfile receiver = byUid(uid);
        if (receiver.accountId() == me.accountId()) {
            throw new ConflictException("card.self", "无法发送名片给自己");
        }
        boolean blocked = Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM user_block"
                + " WHERE account_id = ? AND blocked_account_id = ?)", Boolean.class, receiver.accountId(),
                me.accountId()));
        List<Boolean> existing = jdbc.queryForList("SELECT hidden FROM user_card WHERE receiver_account_id = ?"
                + " AND sender_account_id = ? FOR UPDATE", Boolean.class, receiver.accountId(), me.accountId());
        if (!existing.isEmpty() && (!existing.get(0) || blocked)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        jdbc.update("INSERT INTO user_card (receiver_account_id, sender_account_id, created_at, hidden)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (receiver_account_id, sender_account_id)"
                + " DO UPDATE SET created_at = EXCLUDED.created_at, hidden = EXCLUDED.hidden",
                receiver.accountId(), me.accountId(), now, blocked);
        if (!blocked) {
            events.publish(new CardSent(me.accountId(), me.uid(), me.nickname(), receiver.accountId(),
                    receiver.uid()));
        }
    }

    /** The caller removes {@code uid}'s card from their holder. */
    @Transactional
    public void remove(SuiteIdentity caller, String uid) {
        UserProfile me = me(caller);
        UserProfile sender = byUid(uid);
        int removed = jdbc.update("DELETE FROM user_card WHERE receiver_account_id = ? AND sender_account_id = ?",
                me.accountId(), sender.accountId());
        if (removed > 0) {
            events.publish(new CardWithdrawn(sender.accountId(), sender.uid(), me.accountId(), me.uid()));
        }
    }

    /** The cards in the caller's holder, newest first; {@code uid} is the sender. */
    @Transactional(readOnly = true)
    public CursorPage<ListedUser> received(SuiteIdentity caller, CursorRequest page) {
        TimeUidCursor after = TimeUidCursor.parse(page.lastId());
        record Row(Instant time, long accountId, String uid) {
        }
        String visible = "SELECT c.created_at, p.account_id, p.uid FROM user_card c"
                + " JOIN user_profile p ON p.account_id = c.sender_account_id WHERE c.receiver_account_id = ?"
                + " AND NOT c.hidden AND NOT EXISTS (SELECT 1 FROM user_block b WHERE b.account_id = ?"
                + " AND b.blocked_account_id = c.sender_account_id)";
        List<Row> rows = after == null
                ? jdbc.query(visible + " ORDER BY c.created_at DESC, p.uid DESC LIMIT ?",
                        (r, n) -> new Row(r.getTimestamp(1).toInstant(), r.getLong(2), r.getString(3)),
                        caller.accountId(), caller.accountId(), page.count())
                : jdbc.query(visible + " AND (c.created_at, p.uid) < (?, ?) ORDER BY c.created_at DESC, p.uid DESC"
                        + " LIMIT ?", (r, n) -> new Row(r.getTimestamp(1).toInstant(), r.getLong(2), r.getString(3)),
                        caller.accountId(), caller.accountId(), Timestamp.from(after.time()), after.uid(),
                        page.count());
        Map<Long, AppProfileView> profilesById = views.viewsFor(caller.accountId(),
                rows.stream().map(Row::accountId).toList());
        return CursorPage.of(rows.stream().map(r -> new ListedUser(r.time().toEpochMilli(),
                TimeUidCursor.of(r.time(), r.uid()), r.uid(), profilesById.get(r.accountId()))).toList(),
                page.lastId(), page.count());
    }

    private UserProfile me(SuiteIdentity caller) {
        return profiles.findById(caller.accountId()).orElseThrow(CardService::userNotFound);
    }

    private UserProfile byUid(String uid) {
        return profiles.findByUid(uid).orElseThrow(CardService::userNotFound);
    }

    private static NotFoundException userNotFound() {
        return new NotFoundException("user.not-found", "用户不存在");
    }
}
