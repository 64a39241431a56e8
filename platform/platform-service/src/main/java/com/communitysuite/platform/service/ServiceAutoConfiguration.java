package com.communitysuite.platform.service;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/** What a domain service gets from the platform beyond its defaults. */
@AutoConfiguration
public class ServiceAutoConfiguration {

    /** The time every entity and rule reads; tests replace it with a clock they move. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnClass(HikariDataSource.class)
    @ConditionalOnProperty(name = "platform.database.create-if-missing", havingValue = "true")
    static LocalDatabaseCreator localDatabaseCreator() {
        return new LocalDatabaseCreator();
    }
}
