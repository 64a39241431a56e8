package com.communitysuite.notification.delivery;

import java.util.List;
import java.util.Map;

/** Sends the claimed deliveries of one channel ({@code push}, {@code sms}, {@code email}, {@code wechat}). */
public interface ChannelSender {

    String channel();

    /** @return an outcome for each delivery, by its id (a delivery left out is tried again) */
    Map<Long, DeliveryOutcome> send(List<ClaimedDelivery> deliveries);
}
