package com.communitysuite.notification;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.communitysuite.notification.delivery.DeliveryProperties;
import com.communitysuite.notification.delivery.LocalOutbox;
import com.communitysuite.notification.mail.MailProperties;
import com.communitysuite.notification.push.PushProperties;
import com.communitysuite.notification.reminder.ReminderProperties;
import com.communitysuite.notification.sms.SmsProperties;
import com.communitysuite.notification.wechat.WechatOpenids;
import com.communitysuite.notification.wechat.WechatProperties;

/** Kept off the application class so that slice tests do not pick it up. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableFeignClients(clients = WechatOpenids.class)
@EnableConfigurationProperties({ DeliveryProperties.class, PushProperties.class, SmsProperties.class,
        MailProperties.class, WechatProperties.class, ReminderProperties.class })
class NotificationConfiguration {

    /** Where the local stand-ins write; only they use it, and prod refuses them. */
    @Bean
    LocalOutbox localOutbox(@Value("${notification.local-outbox.directory:var/outbox}") String directory,
            Clock clock) {
        return new LocalOutbox(Path.of(directory), clock);
    }
}
