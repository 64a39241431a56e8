package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service stops: its routes answer 503 in their surface's shape within a second, other routes keep working, and it
 * is routed again soon after it restarts. Runs after the other end-to-end classes, which share the suite.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE)
class ServiceOutageIT {

    @Test
    void aStoppedServicesRoutesAnswer503WithinASecondAndItRejoinsWhenRestarted(Suite suite) throws Exception {
        suite.runner().stopService("meeting-service");
        try {
            long started = System.nanoTime();
            Gateway.Answer stopped = suite.gateway().get("/mp/ping/");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(stopped.status()).isEqualTo(503);
            assertThat(stopped.json().has("detail")).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            assertThat(suite.gateway().get("/app/version/upgrade", "Client-Type", "2").status()).isEqualTo(200);
        }
        finally {
            suite.runner().startService("meeting-service", Duration.ofMinutes(2));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> suite.gateway().get("/mp/ping/").status() == 200);
    }
}
