package com.communitysuite.notification.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.ChannelSender;
import com.communitysuite.notification.delivery.ClaimedDelivery;
import com.communitysuite.notification.delivery.DeliveryOutcome;

/** Sends queued e-mails. */
@Component
class MailChannel implements ChannelSender {

    private final MailGateway gateway;
    private final MailProperties properties;

    MailChannel(MailGateway gateway, MailProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    @Override
    public String channel() {
        return MailMessages.CHANNEL;
    }

    @Override
    public Map<Long, DeliveryOutcome> send(List<ClaimedDelivery> deliveries) {
        Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
        for (ClaimedDelivery delivery : deliveries) {
            outcomes.put(delivery.id(), outcome(gateway.send(OutgoingMail.from(delivery.payload(),
                    properties.codeSubject()))));
        }
        return outcomes;
    }

    private static DeliveryOutcome outcome(MailGateway.MailResult result) {
        if (result instanceof MailGateway.TryAgain again) {
            return new DeliveryOutcome.Retry(again.reason(), null);
        }
        if (result instanceof MailGateway.Refused refused) {
            return new DeliveryOutcome.Failed(refused.reason());
        }
        return new DeliveryOutcome.Sent();
    }
}
