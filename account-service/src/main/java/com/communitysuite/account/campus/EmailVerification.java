package com.communitysuite.account.campus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.events.EmailVerified;
import com.communitysuite.account.messages.OutgoingMessages;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * A campus user proves an e-mail address is theirs: a 6-character code sent through notification-service, valid
 * 10 minutes, usable once, and only by the user it was sent for.
 */
@Service
public class EmailVerification {

    /** A second code for the same account within {@link #RESEND_INTERVAL}. */
    public static final String TOO_SOON = "email.too-soon";
    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final OutgoingMessages messages;
    private final DomainEvents events;
    private final CampusProperties properties;
    private final Clock clock;

    EmailVerification(JdbcTemplate jdbc, AccountRepository accounts, OutgoingMessages messages, DomainEvents events,
            CampusProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.messages = messages;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the address is not of an allowed domain
     * @throws NotAllowedException   {@link #TOO_SOON} within a minute of the last code
     */
    @Transactional
    public void send(long accountId, String email) {
        String address = normalise(email);
        if (!properties.allows(address)) {
            throw new InvalidInputException("email.domain-not-allowed", "email", "该邮箱不在允许的域名内。");
        }
        Instant now = clock.instant();
        Integer recent = jdbc.queryForObject("SELECT count(*) FROM email_code WHERE account_id = ? AND created_at > ?",
                Integer.class, accountId, Timestamp.from(now.minus(RESEND_INTERVAL)));
        if (recent != null && recent > 0) {
            throw new NotAllowedException(TOO_SOON, "请求过于频繁，请60秒后再试。");
        }
        String code = Hashing.randomHex(3);
        jdbc.update("INSERT INTO email_code (account_id, email, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                accountId, address, hash(accountId, address, code), Timestamp.from(now),
                Timestamp.from(now.plus(VALIDITY)));
        messages.emailCode(address, code, VALIDITY);
    }

    /**
     * @param claimedId the account the request names, which must be the caller's own (the original let anyone
     *                  verify for anyone)
     * @return whether the code was the caller's live code for that address; a good code is used up
     * @throws NotAllowedException when the request names another account
     */
    @Transactional
    public boolean verify(long accountId, long claimedId, String email, String code) {
        CampusUsers.requireSelf(accountId, claimedId);
        String address = normalise(email);
        List<Long> matching = jdbc.queryForList("SELECT id FROM email_code WHERE account_id = ? AND code_hash = ?"
                + " AND used_at IS NULL AND expires_at > ? FOR UPDATE", Long.class, accountId,
                hash(accountId, address, code.trim().toLowerCase(Locale.ROOT)), Timestamp.from(clock.instant()));
        if (matching.isEmpty()) {
            return false;
        }
        jdbc.update("UPDATE email_code SET used_at = ? WHERE id = ?", Timestamp.from(clock.instant()), matching.get(0));
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException(CampusUsers.NOT_FOUND, "未找到用户"));
        account.verifyEmail(address);
        events.publish(new EmailVerified(accountId, address, account.uid()));
        return true;
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String hash(long accountId, String email, String code) {
        return Hashing.sha256Hex(accountId + ":" + email + ":" + code);
    }
}
