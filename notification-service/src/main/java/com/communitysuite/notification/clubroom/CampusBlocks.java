package com.communitysuite.notification.clubroom;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The campus blocks by name: comments on activities of the Boya block (博雅) notify nobody, as in the original. */
@Repository
public class CampusBlocks {

    static final String BOYA = "博雅";

    private final JdbcTemplate jdbc;

    CampusBlocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saved(long blockId, String name) {
        jdbc.update("INSERT INTO campus_block (block_id, name) VALUES (?, ?)"
                + " ON CONFLICT (block_id) DO UPDATE SET name = EXCLUDED.name", blockId, name);
    }

    void deleted(long blockId) {
        jdbc.update("DELETE FROM campus_block WHERE block_id = ?", blockId);
    }

    public boolean isBoya(Long blockId) {
        if (blockId == null) {
            return false;
        }
        List<String> names = jdbc.queryForList("SELECT name FROM campus_block WHERE block_id = ?", String.class,
                blockId);
        return names.stream().anyMatch(BOYA::equals);
    }
}
