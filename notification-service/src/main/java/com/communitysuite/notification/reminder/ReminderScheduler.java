package com.communitysuite.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due reminders, each in a transaction of its own that locks it ({@code FOR UPDATE SKIP LOCKED}), queues
 * what it sends and marks it fired: with several replicas polling, each reminder fires once.
 */
@Component
public class ReminderScheduler {

    private static final Log log = LogFactory.getLog(ReminderScheduler.class);
    /** A reminder whose handler failed is tried again after this, so it does not hold up the others. */
    static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

    private final Reminders reminders;
    private final Map<String, ReminderHandler> handlers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderScheduler(Reminders reminders, List<ReminderHandler> handlers,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.reminders = reminders;
        this.handlers = handlers.stream().collect(Collectors.toMap(ReminderHandler::kind, Function.identity()));
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return how many reminders this call fired */
    @Scheduled(fixedDelayString = "${notification.reminders.poll-interval:5s}")
    public int fireDue() {
        int fired = 0;
        while (true) {
            Instant now = clock.instant();
            Optional<Reminders.DueReminder> next;
            try {
                next = transactions.execute(status -> {
                    Optional<Reminders.DueReminder> due = reminders.lockNextDue(now);
                    due.ifPresent(reminder -> {
                        ReminderHandler handler = handlers.get(reminder.kind());
                        if (handler != null) {
                            handler.fire(reminder.subjectId(), now);
                        }
                        reminders.fired(reminder.id(), now);
                    });
                    return due;
                });
            }
            catch (RuntimeException e) {
                log.warn("A reminder failed to fire: " + e);
                postponeNextDue(now);
                return fired;
            }
            if (next == null || next.isEmpty()) {
                return fired;
            }
            fired++;
        }
    }

    private void postponeNextDue(Instant now) {
        transactions.executeWithoutResult(status -> reminders.lockNextDue(now)
                .ifPresent(reminder -> reminders.postpone(reminder.id(), now.plus(AFTER_FAILURE))));
    }
}
