package com.communitysuite.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in containers, one of each per test JVM, for the test variants that run where Docker does. */
public final class ContainerInfrastructure {

    private static PostgreSQLContainer postgres;
    private static KafkaContainer kafka;

    private ContainerInfrastructure() {
    }

    public static synchronized PostgreSQLContainer postgres() {
        if (postgres == null) {
            postgres = new PostgreSQLContainer("postgres:18-alpine");
            postgres.start();
        }
        return postgres;
    }

    public static synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka;
    }
}
