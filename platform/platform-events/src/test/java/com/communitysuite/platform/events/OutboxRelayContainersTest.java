package com.communitysuite.platform.events;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

import com.communitysuite.platform.test.ContainerInfrastructureInitializer;

/** The same promises against PostgreSQL and Kafka containers; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = EventsTestApplication.class)
@ActiveProfiles("test")
@ContextConfiguration(initializers = ContainerInfrastructureInitializer.class)
class OutboxRelayContainersTest extends OutboxRelayContract {
}
