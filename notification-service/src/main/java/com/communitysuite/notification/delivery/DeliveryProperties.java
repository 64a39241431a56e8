package com.communitysuite.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often due deliveries (retries) are looked for when no commit woke the dispatcher
 * @param batchSize    deliveries claimed at once
 * @param lease        how long a claimed delivery is this replica's; another replica sends it after that
 * @param maxAttempts  attempts before a delivery that keeps failing is given up (FAILED, kept for operators)
 * @param firstRetry   the wait after the first failure; it doubles with each further one, up to {@code maxRetry}
 * @param maxRetry     the longest wait between two attempts
 * @param retention    how long finished deliveries are kept
 */
@ConfigurationProperties("notification.delivery")
public record DeliveryProperties(Duration pollInterval, Integer batchSize, Duration lease, Integer maxAttempts,
        Duration firstRetry, Duration maxRetry, Duration retention) {

    public DeliveryProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(5) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(10) : maxRetry;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public Duration backoffAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
