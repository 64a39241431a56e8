package com.communitysuite.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentPostProcessorTest {

    @Test
    void theLocalProfileGetsTheEmbeddedSuitesConnections() {
        StandardEnvironment environment = environmentWithProfiles("local");

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:19092");
        assertThat(environment.getProperty("platform.database.create-if-missing")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus");
    }

    @Test
    void theProdProfileTakesSecretsFromTheEnvironmentWithoutDefaults() {
        StandardEnvironment environment = environmentWithProfiles("prod");

        assertThatThrownBy(() -> environment.getProperty("spring.datasource.password"))
                .hasMessageContaining("DATABASE_PASSWORD");
        assertThat(environment.getProperty("platform.database.create-if-missing")).isNull();
        assertThat(environment.getProperty("eureka.instance.prefer-ip-address")).isEqualTo("true");
    }

    @Test
    void theServicesOwnConfigurationWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("management.endpoints.web.exposure.include", "health")));
        environment.setActiveProfiles("local");

        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }

    private static StandardEnvironment environmentWithProfiles(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
