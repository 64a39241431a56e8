package com.communitysuite.notification.sms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.notification.delivery.LocalOutbox;

class SmsStandInTest {

    @TempDir
    Path directory;

    @Test
    void theLocalStandInIsRefusedUnderTheProdProfileAndTheRealOneNeedsItsAccount() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        LocalOutbox outbox = new LocalOutbox(directory, Clock.systemUTC());

        assertThatThrownBy(() -> new SmsConfiguration().smsGateway(new SmsProperties("local", null), outbox, prod,
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        assertThatThrownBy(() -> new SmsConfiguration().smsGateway(new SmsProperties("aliyun", null), outbox,
                new MockEnvironment(), Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
    }
}
