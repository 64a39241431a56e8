package com.communitysuite.notification.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.notification.delivery.LocalOutbox;

class MailStandInTest {

    @TempDir
    Path directory;

    @Test
    void theLocalStandInIsRefusedUnderTheProdProfileAndSmtpNeedsAServer() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        LocalOutbox outbox = new LocalOutbox(directory, Clock.systemUTC());
        var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        assertThatThrownBy(() -> new MailConfiguration().mailGateway(new MailProperties("local", null, null, null,
                null, null, null), outbox, noSmtp, prod)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
        assertThatThrownBy(() -> new MailConfiguration().mailGateway(new MailProperties("smtp", "a@b.c", null, null,
                null, null, null), outbox, noSmtp, new MockEnvironment())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.mail.host");
    }
}
