package com.communitysuite.platform.service;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/** What a domain service gets from the platform beyond its defaults. */
@AutoConfiguration
public class ServiceAutoConfiguration {

    @Bean
    @ConditionalOnClass(HikariDataSource.class)
    @ConditionalOnProperty(name = "platform.database.create-if-missing", havingValue = "true")
    static LocalDatabaseCreator localDatabaseCreator() {
        return new LocalDatabaseCreator();
    }
}
