package com.communitysuite.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends what is due: claims a batch, hands each channel its part, and records each outcome — sent, dropped, failed
 * for good, or tried again later with a growing wait until {@code maxAttempts}. A delivery past its expiry is not
 * sent.
 */
@Component
public class DeliveryDispatcher {

    private static final Log log = LogFactory.getLog(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final Map<String, ChannelSender> senders;
    private final DeliveryProperties properties;
    private final DeliveryWakeUp wakeUp;
    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryDispatcher(DeliveryQueue queue, List<ChannelSender> senders, DeliveryProperties properties,
            DeliveryWakeUp wakeUp, MeterRegistry meters, Clock clock) {
        this.queue = queue;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.properties = properties;
        this.wakeUp = wakeUp;
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("notification.deliveries.pending", queue, DeliveryQueue::pending)
                .description("Messages waiting to be sent (due now or retried later)").register(meters);
    }

    @Scheduled(fixedDelayString = "${notification.delivery.poll-interval:1s}")
    void poll() {
        wakeUp.wake();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        queue.purgeFinishedBefore(clock.instant().minus(properties.retention()));
    }

    /** Sends every delivery that is due now; returns when none is left. */
    public void dispatchDue() {
        List<ClaimedDelivery> batch;
        while (!(batch = queue.claim(properties.batchSize(), properties.lease())).isEmpty()) {
            Map<String, List<ClaimedDelivery>> byChannel = new LinkedHashMap<>();
            Instant now = clock.instant();
            for (ClaimedDelivery delivery : batch) {
                if (delivery.expiresAt() != null && now.isAfter(delivery.expiresAt())) {
                    record(delivery, DeliveryStatus.EXPIRED, "not sent before " + delivery.expiresAt());
                }
                else {
                    byChannel.computeIfAbsent(delivery.channel(), c -> new ArrayList<>()).add(delivery);
                }
            }
            byChannel.forEach(this::send);
        }
    }

    private void send(String channel, List<ClaimedDelivery> deliveries) {
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            deliveries.forEach(d -> record(d, DeliveryStatus.FAILED, "no sender for channel " + channel));
            return;
        }
        Map<Long, DeliveryOutcome> outcomes;
        try {
            outcomes = sender.send(deliveries);
        }
        catch (RuntimeException e) {
            log.warn("Sending " + deliveries.size() + " " + channel + " deliveries failed: " + e);
            outcomes = Map.of();
        }
        for (ClaimedDelivery delivery : deliveries) {
            DeliveryOutcome outcome = outcomes.getOrDefault(delivery.id(),
                    new DeliveryOutcome.Retry("no outcome", null));
            if (outcome instanceof DeliveryOutcome.Sent) {
                record(delivery, DeliveryStatus.SENT, null);
            }
            else if (outcome instanceof DeliveryOutcome.Dropped dropped) {
                record(delivery, DeliveryStatus.DROPPED, dropped.reason());
            }
            else if (outcome instanceof DeliveryOutcome.Failed failed) {
                log.warn(channel + " delivery " + delivery.id() + " refused: " + failed.reason());
                record(delivery, DeliveryStatus.FAILED, failed.reason());
            }
            else if (outcome instanceof DeliveryOutcome.Retry retry) {
                retry(delivery, retry);
            }
        }
    }

    private void retry(ClaimedDelivery delivery, DeliveryOutcome.Retry retry) {
        if (delivery.attempts() >= properties.maxAttempts()) {
            log.warn(delivery.channel() + " delivery " + delivery.id() + " given up after " + delivery.attempts()
                    + " attempts: " + retry.reason());
            record(delivery, DeliveryStatus.FAILED, "gave up after " + delivery.attempts() + " attempts: "
                    + retry.reason());
            return;
        }
        Instant at = clock.instant().plus(retry.after() != null ? retry.after()
                : properties.backoffAfter(delivery.attempts()));
        queue.retryAt(delivery.id(), at, retry.reason());
        meters.counter("notification.deliveries", "channel", delivery.channel(), "outcome", "retried").increment();
    }

    private void record(ClaimedDelivery delivery, DeliveryStatus status, String note) {
        queue.finish(delivery.id(), status, note);
        meters.counter("notification.deliveries", "channel", delivery.channel(), "outcome",
                status.name().toLowerCase(java.util.Locale.ROOT)).increment();
    }
}
