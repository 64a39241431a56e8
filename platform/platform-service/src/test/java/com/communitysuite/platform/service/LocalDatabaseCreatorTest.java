package com.communitysuite.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.SharedInfrastructure;

class LocalDatabaseCreatorTest {

    @Test
    void createsTheDatabaseOnFirstStartAndLeavesItAfterwards() throws Exception {
        String server = SharedInfrastructure.jdbcUrl("postgres").replace("/postgres", "");
        String url = server + "/created_on_first_start";

        LocalDatabaseCreator.createIfMissing(url, "postgres", "");
        LocalDatabaseCreator.createIfMissing(url, "postgres", "");

        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
