package com.communitysuite.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.util.FileSystemUtils;

import com.communitysuite.platform.embedded.EmbeddedKafkaServer;
import com.communitysuite.platform.embedded.EmbeddedPostgresServer;

/**
 * One embedded PostgreSQL server and one embedded KRaft broker per test JVM, started on first use and shared by every
 * test class (and so every cached Spring context) of a module; both stop when the JVM exits.
 */
public final class SharedInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaServer kafka;

    private SharedInfrastructure() {
    }

    /** A JDBC URL of a database of that name on the shared server, created if it does not exist yet. */
    public static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgresServer.start(0, null);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::closePostgres, "embedded-postgres-stop"));
        }
        try {
            postgres.createDatabaseIfMissing(database);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database, e);
        }
        return postgres.jdbcUrl(database);
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            try {
                Path logDirectory = Files.createTempDirectory("embedded-kafka");
                kafka = EmbeddedKafkaServer.start(0, logDirectory.resolve("data"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    kafka.close();
                    FileSystemUtils.deleteRecursively(logDirectory.toFile());
                }, "embedded-kafka-stop"));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kafka.bootstrapServers();
    }

    private static synchronized void closePostgres() {
        try {
            postgres.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
