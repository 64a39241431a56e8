package com.communitysuite.notification.wechat;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * account-service's WeChat identities: the openids of up to 100 accounts in the named mini-program, in one call
 * (behind the circuit breaker every Feign client has). An account without one is left out of the answer.
 */
@FeignClient(name = "account-service", contextId = "wechatOpenids", path = "/internal/accounts")
public interface WechatOpenids {

    int MAX_ACCOUNTS = 100;

    @PostMapping("/wechat-openids")
    Answer lookUp(@RequestBody Question question);

    /** @param app the mini-program: {@code mp} (meetings) or {@code campus} */
    record Question(List<Long> accountIds, String app) {
    }

    record Answer(List<Entry> accounts) {
    }

    record Entry(long accountId, String openid) {
    }
}
