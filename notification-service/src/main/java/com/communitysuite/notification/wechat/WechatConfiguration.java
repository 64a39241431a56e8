package com.communitysuite.notification.wechat;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.communitysuite.notification.delivery.LocalOutbox;

@Configuration(proxyBeanMethods = false)
class WechatConfiguration {

    @Bean
    WechatGateway wechatGateway(WechatProperties properties, LocalOutbox outbox, Environment environment,
            Clock clock) {
        if ("local".equals(properties.mode())) {
            LocalOutbox.refuseUnderProd(environment, "notification.wechat.mode");
            return new LocalWechatGateway(outbox);
        }
        return new WechatApiGateway(properties, clock);
    }
}
