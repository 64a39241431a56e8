package com.communitysuite.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/** Connects a Spring test context to the JVM's shared embedded PostgreSQL and Kafka, with service discovery off. */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        InfrastructureProperties.apply(environment, "embeddedTestInfrastructure", Map.of(
                "spring.datasource.url", SharedInfrastructure.jdbcUrl(InfrastructureProperties.databaseName(environment)),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", SharedInfrastructure.kafkaBootstrapServers(),
                "eureka.client.enabled", "false",
                "spring.cloud.discovery.enabled", "false",
                "suite.identity.verification-keys", TestIdentities.verificationKeys(),
                "suite.identity.service-signing-key", TestIdentities.serviceSigningKey(),
                "suite.identity.service-verification-keys", TestIdentities.serviceVerificationKeys()));
    }
}
