package com.communitysuite.platform.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Creates the service's database on the server on first start (the {@code local} profile's embedded server has
 * none), before Flyway migrates it. In production the database is created by the operator and this is off.
 */
public class LocalDatabaseCreator implements BeanPostProcessor {

    private static final Log log = LogFactory.getLog(LocalDatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([a-z][a-z0-9_]{0,62})(\\?.*)?");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            createIfMissing(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return bean;
    }

    static void createIfMissing(String jdbcUrl, String username, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!url.matches()) {
            log.warn("Not creating a database for " + jdbcUrl + ": not a plain PostgreSQL URL");
            return;
        }
        String database = url.group(2);
        String maintenanceUrl = "jdbc:postgresql://" + url.group(1) + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, username, password == null ? "" : password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
                log.info("Created database " + database);
            }
        }
        catch (SQLException e) {
            // Two replicas starting at once may both try; the loser finds the database there.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + database + " at " + maintenanceUrl, e);
            }
        }
    }
}
