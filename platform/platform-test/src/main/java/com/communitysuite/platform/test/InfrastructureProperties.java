package com.communitysuite.platform.test;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Puts the test infrastructure's connection properties into an environment: above the application's own
 * configuration files, below anything a test sets itself.
 */
final class InfrastructureProperties {

    private InfrastructureProperties() {
    }

    static String databaseName(ConfigurableEnvironment environment) {
        String application = environment.getProperty("spring.application.name", "application");
        return application.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_test";
    }

    static void apply(ConfigurableEnvironment environment, String name, Map<String, Object> properties) {
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(name, properties);
        for (PropertySource<?> existing : sources) {
            if (existing.getName().startsWith("Config resource")) {
                sources.addBefore(existing.getName(), source);
                return;
            }
        }
        sources.addLast(source);
    }
}
