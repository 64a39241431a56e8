package com.communitysuite.platform.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * Adds {@code platform-service-defaults.yml} below every other property source, honouring its
 * {@code spring.config.activate.on-profile} documents, so that services share one set of defaults and each
 * service's application.yml (or environment) still has the last word.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "platform-service-defaults.yml";
    private static final String ON_PROFILE = "spring.config.activate.on-profile";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PropertySource<?>> profileSpecific = new ArrayList<>();
        List<PropertySource<?>> general = new ArrayList<>();
        for (PropertySource<?> document : documents) {
            Object onProfile = document.getProperty(ON_PROFILE);
            if (onProfile == null) {
                general.add(document);
            }
            else if (environment.acceptsProfiles(Profiles.of(StringUtils.commaDelimitedListToStringArray(
                    onProfile.toString())))) {
                profileSpecific.add(document);
            }
        }
        profileSpecific.forEach(environment.getPropertySources()::addLast);
        general.forEach(environment.getPropertySources()::addLast);
    }

    /** After Boot has read the application's configuration files and settled the active profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
