package com.communitysuite.clubroom.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who blocked whom and who sent whom a business card, as user-service announced it: the app shows them on every
 * profile ({@code blocked}, {@code sendCard}, {@code cardTotal}), and rooms use them (a host's block refuses a token,
 * a card received allows an invite).
 */
@Service
public class UserRelations {

    private final NamedParameterJdbcTemplate jdbc;

    UserRelations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code blocker} has blocked {@code blocked}. */
    @Transactional(readOnly = true)
    public boolean hasBlocked(long blocker, long blocked) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM user_block_copy"
                + " WHERE blocker_account_id = :blocker AND blocked_account_id = :blocked)",
                new MapSqlParameterSource("blocker", blocker).addValue("blocked", blocked), Boolean.class));
    }

    /** Whether {@code from} has sent {@code to} their business card (and it still stands). */
    @Transactional(readOnly = true)
    public boolean hasSentCard(long from, long to) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM business_card_copy"
                + " WHERE from_account_id = :from AND to_account_id = :to)",
                new MapSqlParameterSource("from", from).addValue("to", to), Boolean.class));
    }

    /** How the viewer stands to each of the users, and how many cards each holds: one query per kind, not per user. */
    @Transactional(readOnly = true)
    public Map<Long, Standing> standings(long viewer, Collection<Long> users) {
        Map<Long, Standing> standings = new HashMap<>();
        if (users.isEmpty()) {
            return standings;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("viewer", viewer).addValue("users", users);
        Set<Long> blocked = new HashSet<>(jdbc.queryForList("SELECT blocked_account_id FROM user_block_copy"
                + " WHERE blocker_account_id = :viewer AND blocked_account_id IN (:users)", parameters, Long.class));
        Set<Long> cardSent = new HashSet<>(jdbc.queryForList("SELECT to_account_id FROM business_card_copy"
                + " WHERE from_account_id = :viewer AND to_account_id IN (:users)", parameters, Long.class));
        Map<Long, Long> cardTotals = new HashMap<>();
        jdbc.query("SELECT to_account_id, count(*) AS total FROM business_card_copy WHERE to_account_id IN (:users)"
                + " GROUP BY to_account_id", parameters,
                row -> {
                    cardTotals.put(row.getLong("to_account_id"), row.getLong("total"));
                });
        for (Long user : users) {
            boolean self = user == viewer;
            standings.put(user, new Standing(!self && blocked.contains(user), !self && cardSent.contains(user),
                    cardTotals.getOrDefault(user, 0L)));
        }
        return standings;
    }

    /**
     * @param blocked  the viewer has blocked the user (never for oneself)
     * @param cardSent the viewer has sent the user their card
     * @param cardTotal the cards the user holds (received)
     */
    public record Standing(boolean blocked, boolean cardSent, long cardTotal) {

        public static final Standing NONE = new Standing(false, false, 0);
    }
}
