package com.communitysuite.account.h5;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.account.wechat.WeChatWebIdentity;
import com.communitysuite.account.wechat.WeChatWebLogins;

/**
 * WeChat web logins of the H5 share pages, as the original's {@code H5LoginInterceptor} meant them: the OAuth code
 * gives the visitor's openid, which an opaque token (only its hash is kept) stands for, for 30 days. The token
 * personalises the pages; it is no sign-in to anything else.
 */
@Service
public class H5Sessions {

    private static final Log log = LogFactory.getLog(H5Sessions.class);

    private final WeChatWebLogins weChat;
    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final H5Properties properties;
    private final Clock clock;

    H5Sessions(WeChatWebLogins weChat, AccountRepository accounts, JdbcTemplate jdbc, H5Properties properties,
            Clock clock) {
        this.weChat = weChat;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The visitor an H5 token stands for: their account if WeChat's ids lead to one, and their openid. */
    public record Visitor(Long accountId, String uid, String openid) {
    }

    /**
     * Exchanges the code and opens an H5 session for the visitor.
     *
     * @return the new session's token; empty when WeChat did not identify the visitor (a refused or used code, a
     *         snapshot-page visitor, WeChat unreachable): the pages stay readable without one
     */
    @Transactional
    public Optional<String> open(String code) {
        WeChatWebIdentity identity;
        try {
            identity = weChat.exchange(code);
        }
        catch (WeChatLoginException e) {
            log.info("No H5 session: WeChat answered " + e.status().value() + " to the web login code");
            return Optional.empty();
        }
        if (identity.snapshotUser()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = Hashing.randomHex(32);
        jdbc.update("DELETE FROM h5_session WHERE openid = ? AND expires_at <= ?", identity.openid(),
                Timestamp.from(now));
        jdbc.update("INSERT INTO h5_session (token_hash, openid, unionid, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Hashing.sha256Hex(token), identity.openid(), identity.unionid(),
                accountOf(identity.unionid(), identity.openid()).map(Account::id).orElse(null), Timestamp.from(now),
                Timestamp.from(now.plus(properties.sessionValidity())));
        return Optional.of(token);
    }

    /**
     * The visitor of a live H5 token. Their account is looked up again: one that was frozen or logged off since no
     * longer shows, one made by a later sign-in on a mini-program does.
     */
    @Transactional(readOnly = true)
    public Optional<Visitor> lookUp(String token) {
        return jdbc.query("SELECT openid, unionid FROM h5_session WHERE token_hash = ? AND expires_at > ?",
                (rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, Hashing.sha256Hex(token),
                Timestamp.from(clock.instant())).stream().findFirst()
                .map(ids -> accountOf(ids[1], ids[0])
                        .map(account -> new Visitor(account.id(), account.uid(), ids[0]))
                        .orElseGet(() -> new Visitor(null, null, ids[0])));
    }

    /** Ends the H5 sessions of the account and of its WeChat ids, forgetting those ids (before a log-off). */
    @Transactional
    public void endAllOf(Account account) {
        jdbc.update("DELETE FROM h5_session WHERE account_id = ? OR openid = ? OR unionid = ?", account.id(),
                account.weChatOpenid(), account.weChatUnionid());
    }

    /** As the mini-programs' sign-in finds a person: by unionid, else by openid. */
    private Optional<Account> accountOf(String unionid, String openid) {
        Optional<Account> byUnion = unionid == null ? Optional.empty() : accounts.findByWechatUnionid(unionid);
        return byUnion.or(() -> accounts.findByWechatOpenid(openid)).filter(Account::maySignIn);
    }
}
