package com.communitysuite.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;
import com.communitysuite.platform.test.MutableClock;

/**
 * Reminders fire once: two schedulers (as two replicas would run them, on the same database) racing over the same
 * due reminders queue each reminder's messages once, and a reminder kept in the database fires when it is due.
 */
@NotificationServiceTest
class ReminderOnceTest {

    @Autowired
    Reminders reminders;
    @Autowired
    List<ReminderHandler> handlers;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoReplicasFireEachDueReminderOnce() throws Exception {
        List<Long> creators = new ArrayList<>();
        Instant start = clock.instant().plus(Duration.ofMinutes(5));
        for (int i = 0; i < 20; i++) {
            long meetingId = Events.newAccountId();
            long creator = Events.newAccountId();
            creators.add(creator);
            jdbc.update("INSERT INTO meeting (meeting_id, topic, meeting_date, start_time, starts_at,"
                    + " creator_account_id) VALUES (?, '例会', '2026-12-20', '09:00', ?, ?)", meetingId,
                    java.sql.Timestamp.from(start), creator);
            reminders.schedule(Reminders.MEETING, Long.toString(meetingId), clock.instant());
        }
        ReminderScheduler first = new ReminderScheduler(reminders, handlers, transactions, clock);
        ReminderScheduler second = new ReminderScheduler(reminders, handlers, transactions, clock);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> race(first, ready), replicas);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> race(second, ready), replicas);
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        }
        finally {
            replicas.shutdownNow();
        }

        for (long creator : creators) {
            assertThat(Probe.deliveries(jdbc, "wechat", Long.toString(creator))).as("creator %s", creator)
                    .hasSize(1);
        }
    }

    @Test
    void aReminderKeptInTheDatabaseFiresOnceItIsDueAndNotBefore() {
        long meetingId = Events.newAccountId();
        long creator = Events.newAccountId();
        Instant start = clock.instant().plus(Duration.ofMinutes(30));
        jdbc.update("INSERT INTO meeting (meeting_id, topic, meeting_date, start_time, starts_at, creator_account_id)"
                + " VALUES (?, '季度会', '2026-12-21', '10:00', ?, ?)", meetingId, java.sql.Timestamp.from(start),
                creator);
        reminders.schedule(Reminders.MEETING, Long.toString(meetingId), start.minus(Duration.ofMinutes(10)));
        ReminderScheduler scheduler = new ReminderScheduler(reminders, handlers, transactions, clock);

        scheduler.fireDue();
        assertThat(Probe.deliveries(jdbc, "wechat", Long.toString(creator))).isEmpty();

        clock.advance(Duration.ofMinutes(21));
        scheduler.fireDue();
        scheduler.fireDue();
        assertThat(Probe.deliveries(jdbc, "wechat", Long.toString(creator))).hasSize(1);
        assertThat(Probe.awaitFinished(jdbc, "wechat", Long.toString(creator)).get(0)).containsEntry("status",
                "SENT");
    }

    private static int race(ReminderScheduler scheduler, CountDownLatch ready) {
        ready.countDown();
        try {
            ready.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return scheduler.fireDue();
    }

}
