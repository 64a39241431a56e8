package com.communitysuite.notification.push;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.communitysuite.notification.delivery.LocalOutbox;

@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    @Bean
    PushGateway pushGateway(PushProperties properties, LocalOutbox outbox, Environment environment) {
        if ("local".equals(properties.mode())) {
            LocalOutbox.refuseUnderProd(environment, "notification.push.mode");
            return new LocalPushGateway(outbox);
        }
        return new JPushGateway(properties.jpush());
    }
}
