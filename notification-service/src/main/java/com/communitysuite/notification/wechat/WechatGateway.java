package com.communitysuite.notification.wechat;

/** Where subscription messages go: WeChat, or the local outbox file. */
public interface WechatGateway {

    WechatResult send(SubscriptionMessage message);

    sealed interface WechatResult {
    }

    record Sent() implements WechatResult {
    }

    record TryAgain(String reason) implements WechatResult {
    }

    /** The user cannot receive it (did not subscribe, or the openid is not of this app). */
    record Unreachable(String reason) implements WechatResult {
    }

    record Refused(String reason) implements WechatResult {
    }
}
