package com.communitysuite.activity.storage;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The object store. Only the local stand-in exists in this service; the shared platform storage library's client
 * replaces it (it has the same two operations), and until then the prod profile refuses to start with the stand-in.
 */
@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

    @Bean
    ObjectStore objectStore(@Value("${activity.storage.mode:local}") String mode,
            @Value("${activity.storage.local.directory:${SUITE_VAR_DIR:var}/objects}") Path directory,
            @Value("${activity.storage.local.public-base-url:http://localhost:8080/objects}") String publicBaseUrl,
            Environment environment, Clock clock) {
        if (!"local".equals(mode)) {
            throw new IllegalStateException("activity.storage.mode=" + mode + " has no adapter in this service");
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("activity.storage.mode=local keeps objects on this machine's disk:"
                    + " it is refused under the prod profile");
        }
        return new LocalObjectStore(directory, publicBaseUrl, clock);
    }
}
