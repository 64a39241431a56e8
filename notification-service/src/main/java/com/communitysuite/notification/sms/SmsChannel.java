package com.communitysuite.notification.sms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.ChannelSender;
import com.communitysuite.notification.delivery.ClaimedDelivery;
import com.communitysuite.notification.delivery.DeliveryOutcome;
import com.communitysuite.notification.support.Json;

/** Sends queued SMS captchas. */
@Component
class SmsChannel implements ChannelSender {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String channel() {
        return SmsMessages.CHANNEL;
    }

    @Override
    public Map<Long, DeliveryOutcome> send(List<ClaimedDelivery> deliveries) {
        Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
        for (ClaimedDelivery delivery : deliveries) {
            Map<String, Object> fields = Json.map(delivery.payload());
            outcomes.put(delivery.id(), outcome(gateway.send(delivery.recipient(),
                    delivery.payload().path("code").asString(""), fields)));
        }
        return outcomes;
    }

    private static DeliveryOutcome outcome(SmsGateway.SmsResult result) {
        if (result instanceof SmsGateway.TryAgain again) {
            return new DeliveryOutcome.Retry(again.reason(), null);
        }
        if (result instanceof SmsGateway.Refused refused) {
            return new DeliveryOutcome.Failed(refused.reason());
        }
        return new DeliveryOutcome.Sent();
    }
}
