package com.communitysuite.notification.sms;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.communitysuite.notification.delivery.LocalOutbox;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsGateway smsGateway(SmsProperties properties, LocalOutbox outbox, Environment environment, Clock clock) {
        if ("local".equals(properties.mode())) {
            LocalOutbox.refuseUnderProd(environment, "notification.sms.mode");
            return new LocalSmsGateway(outbox);
        }
        return new AliyunDysmsGateway(properties.aliyun(), clock);
    }
}
