package com.communitysuite.account.messages;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only where {@code account.local-outbox.directory} is set: the local profile sets it, prod never does. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("account.local-outbox.directory")
class LocalMessageFileConfiguration {

    @Bean
    LocalMessageFile localMessageFile(@Value("${account.local-outbox.directory}") String directory) {
        return new LocalMessageFile(Path.of(directory));
    }
}
