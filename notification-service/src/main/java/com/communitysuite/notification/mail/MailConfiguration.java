package com.communitysuite.notification.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

import com.communitysuite.notification.delivery.LocalOutbox;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailGateway mailGateway(MailProperties properties, LocalOutbox outbox, ObjectProvider<JavaMailSender> smtp,
            Environment environment) {
        if ("local".equals(properties.mode())) {
            LocalOutbox.refuseUnderProd(environment, "notification.mail.mode");
            return new LocalMailGateway(outbox);
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("notification.mail.mode=smtp needs spring.mail.host");
        }
        return new SmtpMailGateway(sender, properties);
    }
}
