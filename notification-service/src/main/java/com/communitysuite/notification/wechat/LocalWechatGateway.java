package com.communitysuite.notification.wechat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.communitysuite.notification.delivery.LocalOutbox;

/** The local profile's WeChat: one line of {@code wechat.jsonl} per message, {@code to} being the openid. */
class LocalWechatGateway implements WechatGateway {

    private final LocalOutbox outbox;

    LocalWechatGateway(LocalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public WechatResult send(SubscriptionMessage message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("channel", "wechat");
        line.put("to", message.openid());
        line.put("accountId", message.accountId());
        line.put("template", message.template());
        line.put("page", message.page());
        line.put("data", message.data());
        outbox.append("wechat", line);
        return new Sent();
    }
}
