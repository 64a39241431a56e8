package com.communitysuite.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

/** Users with a profile, as account-service's registration event would have made them, and their requests. */
public record TestUsers(JdbcTemplate jdbc, int port) {

    /** A user of the suite and their identity as the gateway hands it on. */
    public record User(long accountId, String uid, TestUsers users) {

        public TestHttp http(String surface) {
            return http(surface, Map.of());
        }

        public TestHttp http(String surface, Map<String, Integer> levels, String... roles) {
            Set<String> granted = roles.length == 0 ? Set.of(SuiteIdentity.ROLE_USER) : Set.of(roles);
            return TestHttp.at(users.port()).withIdentity(TestIdentities.bearer(SuiteIdentity.account(accountId, uid,
                    null, surface, granted, levels)));
        }

        public SuiteIdentity identity(String surface, Map<String, Integer> levels) {
            return SuiteIdentity.account(accountId, uid, null, surface, Set.of(SuiteIdentity.ROLE_USER), levels);
        }
    }

    public User create(String nickname) {
        return create(nickname, true);
    }

    public User create(String nickname, boolean initialised) {
        long accountId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        String uid = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO user_profile (account_id, uid, nickname, avatar, level, activity_level, initialised,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'https://img.example/a.jpg', 1, 1, ?, ?, ?)", accountId, uid,
                nickname, initialised, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return new User(accountId, uid, this);
    }
}
