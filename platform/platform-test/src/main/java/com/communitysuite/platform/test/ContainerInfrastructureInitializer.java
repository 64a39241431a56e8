package com.communitysuite.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Connects a Spring test context to PostgreSQL and Kafka containers, with service discovery off. */
public class ContainerInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgreSQLContainer postgres = ContainerInfrastructure.postgres();
        InfrastructureProperties.apply(context.getEnvironment(), "containerTestInfrastructure", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl(),
                "spring.datasource.username", postgres.getUsername(),
                "spring.datasource.password", postgres.getPassword(),
                "spring.kafka.bootstrap-servers", ContainerInfrastructure.kafka().getBootstrapServers(),
                "eureka.client.enabled", "false",
                "spring.cloud.discovery.enabled", "false",
                "suite.identity.verification-keys", TestIdentities.verificationKeys(),
                "suite.identity.service-signing-key", TestIdentities.serviceSigningKey(),
                "suite.identity.service-verification-keys", TestIdentities.serviceVerificationKeys()));
    }
}
