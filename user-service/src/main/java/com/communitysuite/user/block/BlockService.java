package com.communitysuite.user.block;

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
import com.communitysuite.user.events.UserBlocked;
import com.communitysuite.user.events.UserUnblocked;
import com.communitysuite.user.profile.AppProfileView;
import com.communitysuite.user.profile.ProfileViews;
import com.communitysuite.user.profile.UserProfile;
import com.communitysuite.user.profile.UserProfileRepository;

/** One-way blocks: who the caller blocks, newest first; blocking hides cards and is announced to other services. */
@Service
public class BlockService {

    private final JdbcTemplate jdbc;
    private final UserProfileRepository profiles;
    private final ProfileViews views;
    private final DomainEvents events;
    private final Clock clock;

    BlockService(JdbcTemplate jdbc, UserProfileRepository profiles, ProfileViews views, DomainEvents events,
            Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void block(SuiteIdentity caller, String uid) {
        UserProfile me = me(caller);
        UserProfile target = byUid(uid);
        if (target.accountId() == me.accountId()) {
            throw new ConflictException("block.self", "无法屏蔽自己");
        }
        int added = jdbc.update("INSERT INTO user_block (account_id, blocked_account_id, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", me.accountId(), target.accountId(), Timestamp.from(now()));
        if (added > 0) {
            events.publish(new UserBlocked(me.accountId(), me.uid(), target.accountId(), target.uid()));
        }
    }

    @Transactional
    public void unblock(SuiteIdentity caller, String uid) {
        UserProfile me = me(caller);
        UserProfile target = byUid(uid);
        int removed = jdbc.update("DELETE FROM user_block WHERE account_id = ? AND blocked_account_id = ?",
                me.accountId(), target.accountId());
        if (removed > 0) {
            events.publish(new UserUnblocked(me.accountId(), me.uid(), target.accountId(), target.uid()));
        }
    }

    /** The users the caller blocks, newest block first. */
    @Transactional(readOnly = true)
    public CursorPage<ListedUser> blocked(SuiteIdentity caller, CursorRequest page) {
        TimeUidCursor after = TimeUidCursor.parse(page.lastId());
        record Row(Instant time, long accountId, String uid) {
        }
        List<Row> rows = after == null
                ? jdbc.query("SELECT b.created_at, p.account_id, p.uid FROM user_block b"
                        + " JOIN user_profile p ON p.account_id = b.blocked_account_id WHERE b.account_id = ?"
                        + " ORDER BY b.created_at DESC, p.uid DESC LIMIT ?",
                        (r, n) -> new Row(r.getTimestamp(1).toInstant(), r.getLong(2), r.getString(3)),
                        caller.accountId(), page.count())
                : jdbc.query("SELECT b.created_at, p.account_id, p.uid FROM user_block b"
                        + " JOIN user_profile p ON p.account_id = b.blocked_account_id WHERE b.account_id = ?"
                        + " AND (b.created_at, p.uid) < (?, ?) ORDER BY b.created_at DESC, p.uid DESC LIMIT ?",
                        (r, n) -> new Row(r.getTimestamp(1).toInstant(), r.getLong(2), r.getString(3)),
                        caller.accountId(), Timestamp.from(after.time()), after.uid(), page.count());
        Map<Long, AppProfileView> profilesById = views.viewsFor(caller.accountId(),
                rows.stream().map(Row::accountId).toList());
        List<ListedUser> list = rows.stream().map(r -> new ListedUser(r.time().toEpochMilli(),
                TimeUidCursor.of(r.time(), r.uid()), r.uid(), profilesById.get(r.accountId()))).toList();
        return CursorPage.of(list, page.lastId(), page.count());
    }

    private UserProfile byUid(String uid) {
        return profiles.findByUid(uid).orElseThrow(BlockService::userNotFound);
    }

    private UserProfile me(SuiteIdentity caller) {
        return profiles.findById(caller.accountId()).orElseThrow(BlockService::userNotFound);
    }

    /** Times are kept to the millisecond, as the lists' sequence ids carry them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static NotFoundException userNotFound() {
        return new NotFoundException("user.not-found", "用户不存在");
    }
}
