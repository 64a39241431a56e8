package com.communitysuite.notification.push;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.ChannelSender;
import com.communitysuite.notification.delivery.ClaimedDelivery;
import com.communitysuite.notification.delivery.DeliveryOutcome;

import tools.jackson.databind.JsonNode;

/** Sends queued pushes to the devices the recipient has bound when it is sent; dead registration ids are dropped. */
@Component
class PushChannel implements ChannelSender {

    private final PushDevices devices;
    private final PushGateway gateway;

    PushChannel(PushDevices devices, PushGateway gateway) {
        this.devices = devices;
        this.gateway = gateway;
    }

    @Override
    public String channel() {
        return PushMessages.CHANNEL;
    }

    @Override
    public Map<Long, DeliveryOutcome> send(List<ClaimedDelivery> deliveries) {
        Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
        for (ClaimedDelivery delivery : deliveries) {
            JsonNode payload = delivery.payload();
            long accountId = payload.get("accountId").asLong();
            List<PushDevice> bound = devices.devicesOf(accountId);
            if (bound.isEmpty()) {
                outcomes.put(delivery.id(), new DeliveryOutcome.Dropped("no device bound"));
                continue;
            }
            PushNotification notification = new PushNotification(accountId, payload.get("title").asString(),
                    payload.get("content").asString(), payload.get("url").asString(),
                    Duration.ofSeconds(payload.get("timeToLive").asLong()));
            outcomes.put(delivery.id(), outcome(gateway.push(notification, bound)));
        }
        return outcomes;
    }

    private DeliveryOutcome outcome(PushGateway.PushResult result) {
        if (result instanceof PushGateway.TryAgain again) {
            return new DeliveryOutcome.Retry(again.reason(), again.after());
        }
        if (result instanceof PushGateway.DeadDevices dead) {
            devices.drop(dead.registrationIds());
            return new DeliveryOutcome.Dropped("JPush knows no device " + dead.registrationIds());
        }
        if (result instanceof PushGateway.Refused refused) {
            return new DeliveryOutcome.Failed(refused.reason());
        }
        return new DeliveryOutcome.Sent();
    }
}
