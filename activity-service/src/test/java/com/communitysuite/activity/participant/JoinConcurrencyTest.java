package com.communitysuite.activity.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.test.MutableClock;

/** 500 simultaneous joins of distinct users on 50 places: exactly 50 get in, the others are told it is full. */
@ActivityServiceTest
class JoinConcurrencyTest {

    @Autowired
    Participants participants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void fiveHundredSimultaneousJoinsOnFiftyPlacesLeaveExactlyFiftyJoined() throws Exception {
        long activity = publishedActivity(50);
        int attempts = 500;
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            long account = Callers.newAccount();
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    participants.join(activity, account);
                    return "joined";
                }
                catch (ConflictException e) {
                    return e.reason();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results.stream().filter("joined"::equals).count()).isEqualTo(50);
        assertThat(results.stream().filter(Participants.FULL::equals).count()).isEqualTo(450);
        assertThat(jdbc.queryForObject("SELECT joined FROM activity WHERE id = ?", Integer.class, activity))
                .isEqualTo(50);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE activity_id = ?", Long.class,
                activity)).isEqualTo(50);
    }

    @Test
    void oneUsersSimultaneousJoinsCountOnce() throws Exception {
        long activity = publishedActivity(10);
        long account = Callers.newAccount();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    participants.join(activity, account);
                    return "joined";
                }
                catch (ConflictException e) {
                    return e.reason();
                }
            }));
        }
        start.countDown();
        long joined = 0;
        for (Future<String> outcome : outcomes) {
            joined += outcome.get().equals("joined") ? 1 : 0;
        }
        pool.shutdown();

        assertThat(joined).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT joined FROM activity WHERE id = ?", Integer.class, activity))
                .isEqualTo(1);
    }

    /** A published request-code activity with that many places, starting tomorrow. */
    private long publishedActivity(int capacity) {
        Instant now = clock.instant();
        Instant start = now.plus(Duration.ofDays(1));
        return jdbc.queryForObject("INSERT INTO activity (surface, status, title, start_date, end_date, start_at,"
                + " end_at, capacity, owner_account_id, join_deadline, created_at, updated_at, published_at)"
                + " VALUES ('codes', 'PUBLISHED', 'concurrency', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                Long.class, LocalDate.now(), LocalDate.now().plusDays(2), Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofHours(3))), capacity, Callers.newAccount(), Timestamp.from(start),
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
    }
}
