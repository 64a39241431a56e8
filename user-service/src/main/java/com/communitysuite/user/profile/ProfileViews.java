package com.communitysuite.user.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Profiles as one viewer sees them, with the block and card facts about each, read in one go for a list. */
@Component
public class ProfileViews {

    private final NamedParameterJdbcTemplate jdbc;
    private final UserProfileRepository profiles;

    ProfileViews(NamedParameterJdbcTemplate jdbc, UserProfileRepository profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /** The viewer's view of each account, by account id (accounts without a profile are left out). */
    @Transactional(readOnly = true)
    public Map<Long, AppProfileView> viewsFor(long viewer, Collection<Long> accountIds) {
        Map<Long, AppProfileView> views = new HashMap<>();
        if (accountIds.isEmpty()) {
            return views;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("viewer", viewer).addValue("ids", accountIds);
        Set<Long> blocked = new HashSet<>(jdbc.queryForList("SELECT blocked_account_id FROM user_block"
                + " WHERE account_id = :viewer AND blocked_account_id IN (:ids)", parameters, Long.class));
        Set<Long> cardSent = new HashSet<>(jdbc.queryForList("SELECT receiver_account_id FROM user_card"
                + " WHERE sender_account_id = :viewer AND receiver_account_id IN (:ids) AND NOT hidden", parameters,
                Long.class));
        Map<Long, Long> cardTotals = new HashMap<>();
        jdbc.query(VISIBLE_CARDS + " AND c.receiver_account_id IN (:ids) GROUP BY c.receiver_account_id",
                parameters, row -> {
                    cardTotals.put(row.getLong(1), row.getLong(2));
                });
        for (UserProfile profile : profiles.findByAccountIdIn(accountIds)) {
            long id = profile.accountId();
            boolean self = id == viewer;
            views.put(id, AppProfileView.of(profile, !self && blocked.contains(id), !self && cardSent.contains(id),
                    cardTotals.getOrDefault(id, 0L)));
        }
        return views;
    }

    public AppProfileView viewFor(long viewer, UserProfile profile) {
        return viewsFor(viewer, List.of(profile.accountId())).get(profile.accountId());
    }

    /** Cards a holder shows: not hidden, and not from someone the holder blocks now. */
    static final String VISIBLE_CARDS = "SELECT c.receiver_account_id, count(*) FROM user_card c"
            + " WHERE NOT c.hidden AND NOT EXISTS (SELECT 1 FROM user_block b WHERE b.account_id = c.receiver_account_id"
            + " AND b.blocked_account_id = c.sender_account_id)";
}
