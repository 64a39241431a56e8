package com.communitysuite.activity.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * club-room-service's organizations, their managers, followers and blocks as this service keeps them from its
 * events ({@link ClubRoomEventsListener}): whether someone manages an organization is a local query.
 */
@Service
public class Organizations {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Organizations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** An organization as campus shows it nested in an activity. */
    public record Organization(long id, String name, String cover, Long blockId, long ownerAccountId,
            Instant firstSeenAt) {
    }

    public record Block(long id, String name) {
    }

    /** The organization's owner, or one of its managers. */
    @Transactional(readOnly = true)
    public boolean manages(long accountId, long organizationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM organization_copy"
                + " WHERE id = ? AND owner_account_id = ?) OR EXISTS (SELECT 1 FROM organization_manager_copy"
                + " WHERE organization_id = ? AND account_id = ?)", Boolean.class, organizationId, accountId,
                organizationId, accountId));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(long organizationId) {
        return byIds(List.of(organizationId)).values().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, Organization> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return named.query("SELECT id, name, cover, block_id, owner_account_id, first_seen_at FROM organization_copy"
                + " WHERE id IN (:ids)", new MapSqlParameterSource("ids", ids),
                (rs, n) -> new Organization(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getLong(5), rs.getTimestamp(6).toInstant()))
                .stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<Block> block(long blockId) {
        return blocks(List.of(blockId)).values().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, Block> blocks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return named.query("SELECT id, name FROM block_copy WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), (rs, n) -> new Block(rs.getLong(1), rs.getString(2)))
                .stream().collect(Collectors.toMap(Block::id, Function.identity()));
    }

    /** The organizations the account follows. */
    @Transactional(readOnly = true)
    public List<Long> followedBy(long accountId) {
        return jdbc.queryForList("SELECT organization_id FROM organization_follow_copy WHERE account_id = ?",
                Long.class, accountId);
    }
}
