package com.communitysuite.notification.wechat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import com.communitysuite.notification.delivery.ChannelSender;
import com.communitysuite.notification.delivery.ClaimedDelivery;
import com.communitysuite.notification.delivery.DeliveryOutcome;

import tools.jackson.databind.JsonNode;

/**
 * Sends queued subscription messages: the recipients' openids come from account-service in one call per batch; a
 * batch whose look-up fails is tried again later, an account without an mp openid gets nothing.
 */
@Component
class WechatChannel implements ChannelSender {

    private static final Log log = LogFactory.getLog(WechatChannel.class);
    static final String APP = "mp";

    private final WechatOpenids openids;
    private final WechatGateway gateway;

    WechatChannel(WechatOpenids openids, WechatGateway gateway) {
        this.openids = openids;
        this.gateway = gateway;
    }

    @Override
    public String channel() {
        return WechatMessages.CHANNEL;
    }

    @Override
    public Map<Long, DeliveryOutcome> send(List<ClaimedDelivery> deliveries) {
        Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
        for (int from = 0; from < deliveries.size(); from += WechatOpenids.MAX_ACCOUNTS) {
            List<ClaimedDelivery> part = deliveries.subList(from, Math.min(deliveries.size(),
                    from + WechatOpenids.MAX_ACCOUNTS));
            Map<Long, String> byAccount;
            try {
                byAccount = lookUp(part);
            }
            catch (RuntimeException e) {
                log.warn("account-service did not give openids: " + e.getClass().getSimpleName());
                part.forEach(d -> outcomes.put(d.id(), new DeliveryOutcome.Retry("openid look-up failed: "
                        + e.getClass().getSimpleName(), null)));
                continue;
            }
            for (ClaimedDelivery delivery : part) {
                outcomes.put(delivery.id(), send(delivery, byAccount));
            }
        }
        return outcomes;
    }

    private Map<Long, String> lookUp(List<ClaimedDelivery> deliveries) {
        List<Long> accountIds = deliveries.stream().map(d -> d.payload().get("accountId").asLong()).distinct()
                .toList();
        WechatOpenids.Answer answer = openids.lookUp(new WechatOpenids.Question(accountIds, APP));
        Map<Long, String> byAccount = new HashMap<>();
        if (answer != null && answer.accounts() != null) {
            answer.accounts().forEach(entry -> byAccount.put(entry.accountId(), entry.openid()));
        }
        return byAccount;
    }

    private DeliveryOutcome send(ClaimedDelivery delivery, Map<Long, String> openidsByAccount) {
        JsonNode payload = delivery.payload();
        long accountId = payload.get("accountId").asLong();
        String openid = openidsByAccount.get(accountId);
        if (openid == null || openid.isBlank()) {
            return new DeliveryOutcome.Dropped("no mp openid");
        }
        Map<String, String> data = new LinkedHashMap<>();
        payload.get("data").properties().forEach(entry -> data.put(entry.getKey(), entry.getValue().asString()));
        SubscriptionMessage message = new SubscriptionMessage(openid, accountId, payload.get("template").asString(),
                payload.get("page").asString(), data);
        WechatGateway.WechatResult result = gateway.send(message);
        if (result instanceof WechatGateway.TryAgain again) {
            return new DeliveryOutcome.Retry(again.reason(), null);
        }
        if (result instanceof WechatGateway.Unreachable unreachable) {
            return new DeliveryOutcome.Dropped(unreachable.reason());
        }
        if (result instanceof WechatGateway.Refused refused) {
            return new DeliveryOutcome.Failed(refused.reason());
        }
        return new DeliveryOutcome.Sent();
    }
}
